import type { VRM } from '@pixiv/three-vrm';
import { useEffect } from 'react';
import type { CustomerDrive } from './customer-drive';
import { useCustomerAnimation } from './useCustomerAnimation';

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

/** Shows or hides three-vrm's MToon outline passes (materials flagged `isOutline`); hidden ones cost no draw call. */
function setOutlines(vrm: VRM, visible: boolean): void {
  vrm.scene.traverse((object) => {
    const material = (object as { material?: unknown }).material;
    const materials = Array.isArray(material) ? material : [material];
    for (const m of materials) {
      if (m && typeof m === 'object' && (m as { isOutline?: boolean }).isOutline)
        (m as { visible: boolean }).visible = visible;
    }
  });
}
