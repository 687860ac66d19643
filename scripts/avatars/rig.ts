/**
 * Builds the humanoid skeleton from landmarks. Bones carry translations only
 * (no rest rotations), so three-vrm's normalized and raw bones coincide and a
 * pose written to one applies unchanged to the other.
 */
import { Bone, Vector3 } from 'three';
import { FINGERS, fingerSegmentNames, SIDES, type Side, sideBone, type VrmBoneName } from './bone-names';
import { fingerJoint, type HandLayout } from './hand-layout';
import type { Landmarks } from './proportions';

export interface Rig {
  root: Bone;
  bones: ReadonlyMap<VrmBoneName, Bone>;
  /** Parent-before-child order; the skin's joint indices follow it. */
  order: readonly VrmBoneName[];
  /** T-pose world position of each bone. */
  worldPosition: (name: VrmBoneName) => Vector3;
}

export function buildRig(lm: Landmarks, hand: HandLayout): Rig {
  const world = new Map<VrmBoneName, Vector3>();
  const parents = new Map<VrmBoneName, VrmBoneName | null>();
  const add = (name: VrmBoneName, parent: VrmBoneName | null, position: Vector3): void => {
    world.set(name, position);
    parents.set(name, parent);
  };

  const { spine, arm, leg, head, neck } = lm;
  add('hips', null, new Vector3(0, spine.hipsY, spine.z));
  add('spine', 'hips', new Vector3(0, spine.spineY, spine.z));
  add('chest', 'spine', new Vector3(0, spine.chestY, spine.z + lm.torso.forwardAt(spine.chestY)));
  add('upperChest', 'chest', new Vector3(0, spine.upperChestY, spine.z + lm.torso.forwardAt(spine.upperChestY)));
  add('neck', 'upperChest', new Vector3(0, neck.baseY - 0.01, neck.baseZ));
  add('head', 'neck', new Vector3(0, head.pivot.y, head.pivot.z));

  for (const side of SIDES) {
    const s = side === 'left' ? 1 : -1;
    const bone = (part: string): VrmBoneName => sideBone(side, part);
    add(bone('Shoulder'), 'upperChest', new Vector3(s * arm.clavicleX, arm.y + 0.012, arm.z));
    add(bone('UpperArm'), bone('Shoulder'), new Vector3(s * arm.jointX, arm.y, arm.z));
    add(bone('LowerArm'), bone('UpperArm'), new Vector3(s * arm.elbowX, arm.y, arm.z));
    const wrist = new Vector3(s * arm.wristX, arm.y, arm.z);
    add(bone('Hand'), bone('LowerArm'), wrist);
    addFingers(side, wrist, hand, add);

    add(bone('UpperLeg'), 'hips', new Vector3(s * leg.x, leg.hipJointY, 0));
    add(bone('LowerLeg'), bone('UpperLeg'), new Vector3(s * leg.x * 0.86, leg.kneeY, 0.004));
    add(bone('Foot'), bone('LowerLeg'), new Vector3(s * leg.x * 0.9, leg.ankleY, -0.006));
    add(bone('Toes'), bone('Foot'), new Vector3(s * leg.x * 0.92, 0.018, 0.6 * leg.footLength - 0.05));
  }

  const bones = new Map<VrmBoneName, Bone>();
  const order = [...world.keys()];
  for (const name of order) {
    const b = new Bone();
    b.name = name;
    bones.set(name, b);
  }
  for (const name of order) {
    const b = bones.get(name) as Bone;
    const parent = parents.get(name);
    const position = world.get(name) as Vector3;
    if (parent) {
      (bones.get(parent) as Bone).add(b);
      b.position.copy(position).sub(world.get(parent) as Vector3);
    } else {
      b.position.copy(position);
    }
  }
  return {
    root: bones.get('hips') as Bone,
    bones,
    order,
    worldPosition: (name) => {
      const p = world.get(name);
      if (!p) throw new Error(`no bone ${name}`);
      return p.clone();
    },
  };
}

function addFingers(
  side: Side,
  wrist: Vector3,
  hand: HandLayout,
  add: (name: VrmBoneName, parent: VrmBoneName | null, position: Vector3) => void,
): void {
  const s = side === 'left' ? 1 : -1;
  for (const name of FINGERS) {
    const layout = hand.fingers.find((f) => f.finger === name);
    if (!layout) continue;
    let parent = sideBone(side, 'Hand');
    fingerSegmentNames(name).forEach((segment, i) => {
      const local = fingerJoint(layout, i);
      const bone = sideBone(side, `${name}${segment}`);
      add(bone, parent, new Vector3(wrist.x + s * local.x, wrist.y + local.y, wrist.z + local.z));
      parent = bone;
    });
  }
}
