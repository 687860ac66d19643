import type { VRM } from '@pixiv/three-vrm';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { registerAvatarDebug } from './avatar-debug';
import { CustomerRig, type CustomerRigOptions } from './customer-rig';
import { useAvatarCues } from './useAvatarCues';

/**
 * Brings a loaded VRM to life: follows the stores (without re-rendering), and each frame runs
 * the customer rig (body, gestures, gaze, face, lip-sync) and three-vrm's update.
 */
export function useCustomerAnimation(vrm: VRM, { seed, counterTop, counterFront }: CustomerRigOptions): CustomerRig {
  const cues = useAvatarCues();
  const rig = useMemo(() => new CustomerRig(vrm, { seed, counterTop, counterFront }), [vrm, seed, counterTop, counterFront]);
  useEffect(() => registerAvatarDebug(() => rig.snapshot()), [rig]);
  useFrame((state, delta) => rig.update(delta, state.camera, cues, performance.now()));
  return rig;
}
