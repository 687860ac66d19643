import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { FRAME_ORDER } from '../scene/frame-order';
import { LAYOUT } from '../scene/layout';
import { playhead } from './replay-playhead';
import type { CameraMode } from './review-store';

export interface ReviewCameraProps {
  mode: CameraMode;
}

const DEFAULT_EYES = new Vector3(LAYOUT.trainee.x, LAYOUT.trainee.eyeHeight, LAYOUT.trainee.z);
const DESKTOP_LOOK = new Vector3(LAYOUT.desktopLookAt.x, LAYOUT.desktopLookAt.y, LAYOUT.desktopLookAt.z);
/**
 * The customer's view: just behind and beside the customer's head (over the right shoulder), so
 * the trainee's ghost is seen across the counter with the customer's head and shoulder framing it.
 */
const OVER_SHOULDER = new Vector3(
  LAYOUT.customerFace.x + 0.5,
  LAYOUT.customerFace.y + 0.24,
  LAYOUT.customerFace.z - 0.8,
);
/** Aimed a little left of and below the trainee's eyes: the head sits centre-left, the counter shows below it. */
const AIM_OFFSET = new Vector3(-0.12, -0.18, 0);
/** Free orbit starts beside the counter, looking at the middle of the conversation. */
const ORBIT_START = new Vector3(2.1, 2.1, 1.9);
const ORBIT_TARGET: [number, number, number] = [0, 1.25, 0];
const eyes = new Vector3();

/** Where the trainee's eyes were (the recorded head), or where a desktop trainee stands. */
export function traineeEyes(out: Vector3): Vector3 {
  const head = playhead.pose.head;
  return head.tracked ? out.set(head.x, head.y, head.z) : out.copy(DEFAULT_EYES);
}

/**
 * The replay's three cameras on R3F's one default camera: the trainee's own view (the recorded
 * head pose, frame by frame), the customer's view (over the customer's shoulder, looking at the
 * trainee's head), and free orbit (drei's OrbitControls, mounted only in that mode).
 */
export function ReviewCamera({ mode }: ReviewCameraProps) {
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    if (mode === 'orbit') {
      camera.position.copy(ORBIT_START);
      camera.lookAt(ORBIT_TARGET[0], ORBIT_TARGET[1], ORBIT_TARGET[2]);
    }
  }, [mode, camera]);
  useFrame(() => {
    if (mode === 'trainee') {
      const head = playhead.pose.head;
      if (head.tracked) {
        camera.position.set(head.x, head.y, head.z);
        camera.quaternion.set(head.qx, head.qy, head.qz, head.qw);
      } else {
        camera.position.copy(DEFAULT_EYES);
        camera.lookAt(DESKTOP_LOOK);
      }
    } else if (mode === 'customer') {
      camera.position.copy(OVER_SHOULDER);
      camera.lookAt(traineeEyes(eyes).add(AIM_OFFSET));
    }
  }, FRAME_ORDER.reviewCamera);
  return mode === 'orbit' ? <OrbitControls makeDefault target={ORBIT_TARGET} enableDamping={false} /> : null;
}
