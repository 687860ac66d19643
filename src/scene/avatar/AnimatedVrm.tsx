import type { VRM } from '@pixiv/three-vrm';
import { useEffect } from 'react';
import type { CustomerDrive } from './customer-drive';
import { useCustomerAnimation } from './useCustomerAnimation';
import { setOutlines } from './vrm-outlines';

export interface AnimatedVrmProps {
  vrm: VRM;
  seed: string;
  /** Counter top height and front edge z in the avatar's own frame (metres). */
  counterTop: number;
  counterFront: number;
  /** MToon outlines double the draw calls of outlined meshes; off unless asked for. */
  outlines?: boolean;
  /** What moves the avatar: the live conversation or a replay (see customer-drive.ts). */
  drive: CustomerDrive;
}

/** A loaded VRM in the scene, animated as the customer. */
export function AnimatedVrm({ vrm, seed, counterTop, counterFront, outlines = false, drive }: AnimatedVrmProps) {
  useCustomerAnimation(vrm, { seed, counterTop, counterFront }, drive);
  useEffect(() => setOutlines(vrm, outlines), [vrm, outlines]);
  return <primitive object={vrm.scene} />;
}
