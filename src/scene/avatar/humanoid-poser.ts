import type { VRMHumanBoneName } from '@pixiv/three-vrm';
import { Euler, type EulerOrder, type Object3D } from 'three';
import type { AvatarFrame } from './avatar-frame';
import { BONE_ORDER, createPose, POSE_BONES, type Pose } from './humanoid-pose';

const euler = new Euler();

/**
 * Where the rotation of an optional bone goes when a model lacks it (VRM requires only hips,
 * spine, head, arms and legs): a missing upper chest bends with the chest, and so on down.
 */
const FALLBACK: Partial<Record<VRMHumanBoneName, VRMHumanBoneName>> = {
  upperChest: 'chest',
  chest: 'spine',
  neck: 'head',
};

/**
 * Writes a `Pose` to the normalized humanoid bones of any VRM. Optional bones the model lacks
 * pass their rotation to the nearest existing parent (small angles add well enough); missing
 * shoulders are simply skipped. `vrm.update` later copies the normalized pose to the real bones.
 */
export class HumanoidPoser {
  private readonly nodes: (Object3D | null)[];
  private readonly redirect: Int8Array;
  private readonly merged = createPose();

  constructor(private readonly frame: AvatarFrame) {
    const humanoid = frame.vrm.humanoid;
    this.nodes = POSE_BONES.map((name) => humanoid.getNormalizedBoneNode(name));
    this.redirect = Int8Array.from(POSE_BONES, (name, index) => {
      let target: VRMHumanBoneName | undefined = name;
      while (target && !humanoid.getNormalizedBoneNode(target)) target = FALLBACK[target];
      const found = target ? POSE_BONES.indexOf(target as (typeof POSE_BONES)[number]) : -1;
      return found < 0 ? index : found;
    });
  }

  node(bone: number): Object3D | null {
    return this.nodes[bone] ?? null;
  }

  apply(pose: Pose): void {
    const merged = this.merged;
    merged.set(pose);
    for (let bone = 0; bone < this.nodes.length; bone++) {
      const target = this.redirect[bone] ?? bone;
      if (target === bone || this.nodes[bone]) continue;
      for (let axis = 0; axis < 3; axis++)
        merged[target * 3 + axis] = (merged[target * 3 + axis] ?? 0) + (merged[bone * 3 + axis] ?? 0);
    }
    for (let bone = 0; bone < this.nodes.length; bone++) {
      const node = this.nodes[bone];
      if (node)
        setBoneRotation(
          this.frame,
          node,
          merged[bone * 3] ?? 0,
          merged[bone * 3 + 1] ?? 0,
          merged[bone * 3 + 2] ?? 0,
          BONE_ORDER[bone] ?? 'XYZ',
        );
    }
  }
}

/** Sets a normalized bone's local rotation from avatar-frame Euler angles. */
export function setBoneRotation(
  frame: AvatarFrame,
  node: Object3D,
  x: number,
  y: number,
  z: number,
  order: EulerOrder,
): void {
  euler.set(x, y, z, order);
  frame.flipQuaternion(node.quaternion.setFromEuler(euler));
}
