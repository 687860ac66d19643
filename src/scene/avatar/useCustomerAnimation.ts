import type { VRM } from '@pixiv/three-vrm';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { FRAME_ORDER } from '../frame-order';
import { registerAvatarBones, registerAvatarDebug } from './avatar-debug';
import type { CustomerDrive } from './customer-drive';
import { CustomerRig, type CustomerRigOptions } from './customer-rig';

/**
 * Brings a loaded VRM to life: each frame runs the customer rig (body, gestures, gaze, face,
 * lip-sync) and three-vrm's update, moved by `drive` (the live conversation's or a replay's).
 */
export function useCustomerAnimation(
  vrm: VRM,
  { seed, counterTop, counterFront }: CustomerRigOptions,
  drive: CustomerDrive,
): CustomerRig {
  const rig = useMemo(
    () => new CustomerRig(vrm, { seed, counterTop, counterFront }),
    [vrm, seed, counterTop, counterFront],
  );
  useEffect(() => registerAvatarDebug(() => rig.snapshot()), [rig]);
  useEffect(() => registerAvatarBones(vrm), [vrm]);
  useFrame((_state, delta) => rig.update(delta, drive), FRAME_ORDER.scene);
  return rig;
}
