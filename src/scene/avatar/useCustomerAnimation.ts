import type { VRM } from '@pixiv/three-vrm';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { registerAvatarBones, registerAvatarDebug } from './avatar-debug';
import type { CustomerDrive } from './customer-drive';
import { CustomerRig, type CustomerRigOptions } from './customer-rig';
import { useAvatarCues } from './useAvatarCues';

/**
 * Brings a loaded VRM to life: follows the stores (without re-rendering), and each frame runs
 * the customer rig (body, gestures, gaze, face, lip-sync) and three-vrm's update. With a `drive`
 * (the trainer's replay) the cues, gaze target and mouth come from it instead.
 */
export function useCustomerAnimation(vrm: VRM, { seed, counterTop, counterFront }: CustomerRigOptions, drive?: CustomerDrive): CustomerRig {
  const cues = useAvatarCues(!drive);
  const rig = useMemo(() => new CustomerRig(vrm, { seed, counterTop, counterFront }), [vrm, seed, counterTop, counterFront]);
  useEffect(() => registerAvatarDebug(() => rig.snapshot()), [rig]);
  useEffect(() => registerAvatarBones(vrm), [vrm]);
  useFrame((state, delta) => rig.update(delta, state.camera, drive?.cues ?? cues, performance.now(), drive));
  return rig;
}
