import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { type Camera, Vector3 } from 'three';
import { distanceBetween, isWithinCone, pitchOf } from '../../core/sensing/gaze';
import { createNodDetector, feedPitch, type NodDetector, resetNodDetector } from '../../core/sensing/nods';
import { addDistance, addListening, copyTotals, emptyTotals } from '../../core/sensing/totals';
import { FRAME_ORDER } from '../../scene/frame-order';
import { speechStore } from '../../speech/speech-store';
import { sessionStore } from '../../state/session';
import { LAYOUT } from '../layout';
import { EYE_CONTACT_CONE, MAX_FRAME_S } from './sensing-config';
import { publishSensing, type SensorTally } from './sensing-publisher';

// Module-level scratch: the frame loop allocates nothing.
const head = new Vector3();
const direction = new Vector3();
const FACE = LAYOUT.customerFace;

interface Sensor extends SensorTally {
  nods: NodDetector;
  /** Running conversation time as the sensor sees it (ms), the nod detector's clock. */
  clockMs: number;
  /** The previous frame was measured too (its delta is time spent in the conversation). */
  running: boolean;
}

/** The head's position and looking direction from a camera's world matrix (last rendered frame). */
function readHead(camera: Camera): void {
  head.setFromMatrixPosition(camera.matrixWorld);
  direction.setFromMatrixColumn(camera.matrixWorld, 2).negate();
}

/**
 * Measures the trainee's body language while the customer speaks: eye contact (head or, on a
 * desktop, camera turned to the customer's face), and with a headset also the head's distance to
 * the face and nods. Renders nothing. Each frame adds to totals in a ref; before every intent and
 * whenever the customer stops speaking the totals go to the session store (sensing-publisher.ts),
 * which derives the figures the debrief shows. In an immersive session the head pose is the XR camera's; the
 * desktop camera is what DesktopLook turns with the mouse.
 */
export function BodyLanguageSensor() {
  const gl = useThree((s) => s.gl);
  const sensor = useRef<Sensor>({
    totals: emptyTotals(),
    nods: createNodDetector(),
    clockMs: 0,
    running: false,
    version: 0,
    published: 0,
  });
  useEffect(() => {
    const s = sensor.current;
    // A new or restored run starts from the totals the store has for it (none, or the checkpoint's).
    const load = () => {
      copyTotals(sessionStore.getState().sensing, s.totals);
      resetNodDetector(s.nods);
      s.version = 0;
      s.published = 0;
    };
    load();
    const offSession = sessionStore.subscribe((state, prev) => {
      if (state.startedAt !== prev.startedAt || state.scenario !== prev.scenario) load();
    });
    const publisher = publishSensing(sessionStore, speechStore, s);
    return () => {
      offSession();
      publisher.dispose();
    };
  }, []);
  useFrame((state, delta) => {
    const s = sensor.current;
    const { screen, run } = sessionStore.getState();
    if (screen !== 'conversation' || !run || run.state.pausedAt !== null) {
      resetNodDetector(s.nods);
      s.running = false;
      return;
    }
    // The first frame after a pause or a hidden tab carries the whole gap in its delta: it counts nothing.
    const dtMs = s.running ? Math.min(delta, MAX_FRAME_S) * 1000 : 0;
    s.running = true;
    s.clockMs += dtMs;
    const presenting = gl.xr.isPresenting;
    readHead(presenting ? gl.xr.getCamera() : state.camera);
    const speaking = speechStore.getState().speaking;
    if (presenting) {
      // Nods are tracked all along (one may start just before the customer speaks) but count only while they speak.
      if (feedPitch(s.nods, s.clockMs, pitchOf(direction.x, direction.y, direction.z)) && speaking) {
        s.totals.headset.nods += 1;
        s.version += 1;
      }
    } else {
      resetNodDetector(s.nods);
    }
    if (!speaking) return;
    const totals = presenting ? s.totals.headset : s.totals.desktop;
    const cone = presenting ? EYE_CONTACT_CONE.headset : EYE_CONTACT_CONE.desktop;
    addListening(
      totals,
      dtMs,
      isWithinCone(head.x, head.y, head.z, direction.x, direction.y, direction.z, FACE.x, FACE.y, FACE.z, cone),
    );
    if (presenting) addDistance(totals, dtMs, distanceBetween(head.x, head.y, head.z, FACE.x, FACE.y, FACE.z));
    s.version += 1;
  }, FRAME_ORDER.scene);
  return null;
}
