import { useFrame, useThree } from '@react-three/fiber';
import { type Camera, Matrix4, Quaternion, Vector3 } from 'three';
import type { Pose } from '../core/recording/pose';
import { recorderFor } from '../state/pose-source';
import { sessionStore } from '../state/session';
import { xrPresence } from '../state/xr-presence';
import { FRAME_ORDER } from './frame-order';

/** PoseCapture renders nothing and takes no props. */
export type PoseCaptureProps = Record<string, never>;

// Module-level scratch: the frame loop allocates nothing of its own.
const position = new Vector3();
const rotation = new Quaternion();
const scale = new Vector3();
const UNIT = new Vector3(1, 1, 1);
const matrix = new Matrix4();
const IDENTITY = new Matrix4();
const head: Pose = { x: 0, y: 0, z: 0, qx: 0, qy: 0, qz: 0, qw: 1 };
const left: Pose = { x: 0, y: 0, z: 0, qx: 0, qy: 0, qz: 0, qw: 1 };
const right: Pose = { x: 0, y: 0, z: 0, qx: 0, qy: 0, qz: 0, qw: 1 };

function copyPose(from: Matrix4, out: Pose): void {
  from.decompose(position, rotation, scale);
  out.x = position.x;
  out.y = position.y;
  out.z = position.z;
  out.qx = rotation.x;
  out.qy = rotation.y;
  out.qz = rotation.z;
  out.qw = rotation.w;
}

/**
 * A hand or controller in room coordinates: its grip pose (the hand's own grip space, or the
 * pointing ray of a device without one) in the XR origin's reference space, carried into the
 * room by the origin's world matrix, which is where TraineeOrigin puts the trainee.
 */
function readHand(frame: XRFrame, source: XRInputSource, reference: XRSpace, origin: Matrix4, out: Pose): boolean {
  let pose: XRPose | undefined;
  try {
    pose = frame.getPose(source.gripSpace ?? source.targetRaySpace, reference);
  } catch {
    // A space of a session that has just ended or been re-entered: no sample this time.
    return false;
  }
  if (!pose) return false;
  const { position: p, orientation: q } = pose.transform;
  matrix.compose(position.set(p.x, p.y, p.z), rotation.set(q.x, q.y, q.z, q.w), UNIT).premultiply(origin);
  copyPose(matrix, out);
  return true;
}

/**
 * Records the trainee's head and hands for the replay while a conversation runs (not while it is
 * paused): at most 20 samples a second on the session clock (performance.now minus the store's
 * startedAt, the clock the intents carry), into the conversation's recorder in pose-source.ts,
 * which the checkpoint keeper and the end-of-session save read. The head is the camera the trainee
 * sees through — the XR camera in a headset (its world matrix includes the trainee's origin), the
 * desktop camera otherwise; hands and controllers only exist in a headset. A new conversation
 * starts an empty track; one resumed after a reload goes on from the poses of its checkpoint (the
 * session clock goes on from its last intent, so new samples come after them).
 */
export function PoseCapture(_props: PoseCaptureProps) {
  const gl = useThree((s) => s.gl);
  useFrame((state, _delta, frame?: XRFrame) => {
    const { screen, run, runId, startedAt } = sessionStore.getState();
    if (screen !== 'conversation' || !run || runId === null || run.state.pausedAt !== null) return;
    const r = recorderFor(runId);
    const timeMs = performance.now() - startedAt;
    // Frames inside an already sampled slot skip all pose maths.
    if (!r.wants(timeMs)) return;
    const presenting = gl.xr.isPresenting;
    const camera: Camera = presenting ? gl.xr.getCamera() : state.camera;
    copyPose(camera.matrixWorld, head);
    let leftSeen = false;
    let rightSeen = false;
    const reference = presenting
      ? (xrPresence.getState().layer?.store.getState().originReferenceSpace ?? gl.xr.getReferenceSpace())
      : null;
    if (frame && reference) {
      const origin = camera.parent?.matrixWorld ?? IDENTITY;
      const sources = frame.session.inputSources;
      for (let i = 0; i < sources.length; i++) {
        const source = sources[i];
        if (source?.targetRayMode !== 'tracked-pointer') continue;
        if (source.handedness === 'left' && !leftSeen) leftSeen = readHand(frame, source, reference, origin, left);
        else if (source.handedness === 'right' && !rightSeen)
          rightSeen = readHand(frame, source, reference, origin, right);
      }
    }
    r.push(timeMs, head, leftSeen ? left : null, rightSeen ? right : null);
  }, FRAME_ORDER.scene);
  return null;
}
