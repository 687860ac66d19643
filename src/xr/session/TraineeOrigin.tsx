import { useFrame, useThree } from '@react-three/fiber';
import { useXR, XROrigin } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import { Quaternion, Vector3 } from 'three';
import { FRAME_ORDER } from '../../scene/frame-order';
import { comfortStore, useComfort } from './comfort-store';
import { recenteredOrigin } from './origin-pose';

export interface TraineeOriginProps {
  /** Recenter as soon as a session shows the first head pose (the default). */
  recenterOnEnter?: boolean;
}

const forward = new Vector3();
const orientation = new Quaternion();

/**
 * The trainee's floor in VR: an XROrigin behind the counter, turned so the trainee faces the
 * customer. There is no locomotion; the origin moves only when asked to recenter — on entering
 * VR, from the VR controls, on a change of posture, and when the headset's own recenter resets
 * the reference space. Recentering happens inside an XR frame, because only there is the head
 * pose current and of the same session as the reference space (re-entered sessions otherwise
 * meet "XRSpace and XRFrame sessions do not match").
 */
export function TraineeOrigin({ recenterOnEnter = true }: TraineeOriginProps) {
  const origin = useComfort((s) => s.origin);
  const gl = useThree((s) => s.gl);
  const session = useXR((s) => s.session);
  const referenceSpace = useXR((s) => s.originReferenceSpace);
  const handled = useRef(comfortStore.getState().recenterRequest);

  useEffect(() => {
    if (session && recenterOnEnter) comfortStore.getState().requestRecenter();
  }, [session, recenterOnEnter]);

  useEffect(() => {
    if (!referenceSpace) return;
    // The system recenter (holding the Meta button) turns the reference space; follow it.
    const onReset = () => comfortStore.getState().requestRecenter();
    referenceSpace.addEventListener('reset', onReset);
    return () => referenceSpace.removeEventListener('reset', onReset);
  }, [referenceSpace]);

  useFrame((_state, _delta, frame?: XRFrame) => {
    const { recenterRequest, posture, origin: current } = comfortStore.getState();
    if (recenterRequest === handled.current || !frame || !gl.xr.isPresenting) return;
    const space = gl.xr.getReferenceSpace();
    if (!space) return;
    let pose: XRViewerPose | undefined;
    try {
      pose = frame.getViewerPose(space);
    } catch {
      // A space of a session that just ended: drop this request, the next session asks anew.
      handled.current = recenterRequest;
      return;
    }
    // Tracking not ready yet (first frames, headset occluded): try again next frame.
    if (!pose) return;
    handled.current = recenterRequest;
    const { position: p, orientation: q } = pose.transform;
    forward.set(0, 0, -1).applyQuaternion(orientation.set(q.x, q.y, q.z, q.w));
    comfortStore
      .getState()
      .placeOrigin(
        recenteredOrigin({ x: p.x, y: p.y, z: p.z, forwardX: forward.x, forwardZ: forward.z }, posture, current.yaw),
      );
  }, FRAME_ORDER.scene);

  return <XROrigin position={[origin.x, origin.y, origin.z]} rotation-y={origin.yaw} />;
}
