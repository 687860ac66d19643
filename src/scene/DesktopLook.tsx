import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Euler, Vector3 } from 'three';
import { FRAME_ORDER } from './frame-order';
import { LAYOUT, LOOK_LIMITS } from './layout';

const eye = new Vector3(LAYOUT.trainee.x, LAYOUT.trainee.eyeHeight, LAYOUT.trainee.z);
const lookAt = new Vector3(LAYOUT.desktopLookAt.x, LAYOUT.desktopLookAt.y, LAYOUT.desktopLookAt.z);
const euler = new Euler(0, 0, 0, 'YXZ');
/** Drag distance (px) before a press counts as looking around rather than a click on a panel. */
const DRAG_THRESHOLD = 4;
const RADIANS_PER_PIXEL = 0.0035;

/**
 * The desktop trainee's head: standing eye height behind the counter, facing the customer. Mouse
 * drag turns the head within limits (no free flight); releasing eases back is deliberately not
 * done — the trainee decides where to look, which is what eye contact measures.
 */
export function DesktopLook() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const element = gl.domElement;
  const look = useRef({ yaw: 0, pitch: 0, baseYaw: 0, basePitch: 0 });
  useEffect(() => {
    // While a headset presents, R3F's camera is the XR camera, which the headset alone moves.
    if (camera === gl.xr.getCamera()) return;
    camera.position.copy(eye);
    camera.lookAt(lookAt);
    euler.setFromQuaternion(camera.quaternion);
    look.current.baseYaw = euler.y;
    look.current.basePitch = euler.x;
    let start: { x: number; y: number; yaw: number; pitch: number } | null = null;
    let dragging = false;
    const down = (e: PointerEvent) => {
      start = { x: e.clientX, y: e.clientY, yaw: look.current.yaw, pitch: look.current.pitch };
      dragging = false;
    };
    const move = (e: PointerEvent) => {
      if (!start || (e.buttons & 1) === 0) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      dragging = true;
      look.current.yaw = Math.max(-LOOK_LIMITS.yaw, Math.min(LOOK_LIMITS.yaw, start.yaw - dx * RADIANS_PER_PIXEL));
      look.current.pitch = Math.max(
        -LOOK_LIMITS.pitchDown,
        Math.min(LOOK_LIMITS.pitchUp, start.pitch - dy * RADIANS_PER_PIXEL),
      );
    };
    const up = () => {
      start = null;
    };
    element.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      element.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
  }, [camera, element, gl]);
  useFrame(() => {
    if (gl.xr.isPresenting) return;
    const l = look.current;
    euler.set(l.basePitch + l.pitch, l.baseYaw + l.yaw, 0, 'YXZ');
    camera.quaternion.setFromEuler(euler);
  }, FRAME_ORDER.scene);
  return null;
}
