/**
 * Skin weights as functions of position. Every part (body, clothes, hair) asks the
 * same field, so a jacket shell deforms exactly like the torso beneath it and
 * nothing pokes through when the arms come down. Joints blend over a few
 * centimetres; capsule-like limbs need nothing finer.
 */
import type { Vector3 } from 'three';
import { type Side, sideBone, type VrmBoneName } from './bone-names';
import { smoothstep } from './geometry/math';
import type { BoneWeights } from './geometry/mesh-builder';
import type { Landmarks } from './proportions';
import type { Rig } from './rig';

type Joint = readonly [bone: VrmBoneName, start: number];

/**
 * Along a chain of bones ordered by increasing coordinate, each bone owns the
 * stretch from its joint to the next; near a joint the two neighbours blend.
 */
export function chainWeights(coord: number, joints: readonly Joint[], blend: number): [VrmBoneName, number][] {
  let k = 0;
  while (k + 1 < joints.length && coord >= (joints[k + 1]?.[1] ?? Number.POSITIVE_INFINITY)) k++;
  const current = joints[k];
  if (!current) throw new Error('empty chain');
  const next = joints[k + 1];
  const prev = joints[k - 1];
  if (next && coord > next[1] - blend / 2) {
    const t = smoothstep(next[1] - blend / 2, next[1] + blend / 2, coord);
    return [
      [current[0], 1 - t],
      [next[0], t],
    ];
  }
  if (prev && coord < current[1] + blend / 2) {
    const t = smoothstep(current[1] - blend / 2, current[1] + blend / 2, coord);
    return [
      [prev[0], 1 - t],
      [current[0], t],
    ];
  }
  return [[current[0], 1]];
}

const scale = (weights: readonly (readonly [VrmBoneName, number])[], k: number): [VrmBoneName, number][] =>
  weights.map(([b, w]) => [b, w * k]);

const sideOf = (x: number): Side => (x >= 0 ? 'left' : 'right');

export interface WeightField {
  torso: (p: Vector3) => BoneWeights;
  neck: (p: Vector3) => BoneWeights;
  arm: (p: Vector3) => BoneWeights;
  leg: (p: Vector3) => BoneWeights;
  foot: (p: Vector3) => BoneWeights;
  skirt: (p: Vector3) => BoneWeights;
  rigid: (bone: VrmBoneName) => (p: Vector3) => BoneWeights;
}

export function createWeightField(lm: Landmarks, rig: Rig): WeightField {
  const y = (bone: VrmBoneName): number => rig.worldPosition(bone).y;
  const spineChain: Joint[] = [
    ['hips', Number.NEGATIVE_INFINITY],
    ['spine', y('spine')],
    ['chest', y('chest')],
    ['upperChest', y('upperChest')],
    ['neck', y('neck')],
  ];
  const { arm, leg, torso } = lm;

  const armChain = (side: Side): Joint[] => [
    [sideBone(side, 'Shoulder'), Number.NEGATIVE_INFINITY],
    [sideBone(side, 'UpperArm'), arm.jointX - 0.015],
    [sideBone(side, 'LowerArm'), arm.elbowX],
    [sideBone(side, 'Hand'), arm.wristX],
  ];

  const armWeights = (p: Vector3): BoneWeights => {
    const side = sideOf(p.x);
    const along = Math.abs(p.x);
    const own = chainWeights(along, armChain(side), along < arm.elbowX - 0.05 ? 0.09 : 0.06);
    // Deep inside the torso the arm tube follows the rib cage, not the clavicle.
    const inside = 1 - smoothstep(arm.jointX - 0.11, arm.jointX - 0.05, along);
    return [...scale(own, 1 - inside), ['upperChest', inside]];
  };

  const torsoWeights = (p: Vector3): BoneWeights => {
    const base = chainWeights(p.y, spineChain, 0.07);
    const along = Math.abs(p.x);
    const side = sideOf(p.x);
    // Shoulder tops and armpits follow the clavicle and, at the very edge, the arm.
    const toShoulder =
      smoothstep(0.07, arm.jointX - 0.03, along) * smoothstep(torso.armpitY - 0.05, torso.armpitY + 0.02, p.y);
    const toArm = smoothstep(arm.jointX - 0.05, arm.jointX + 0.01, along) * toShoulder * 0.6;
    // The pelvis below the hip joints turns with the thighs.
    const toLeg = smoothstep(leg.hipJointY + 0.02, torso.crotchY, p.y) * smoothstep(0.01, leg.x * 0.9, along) * 0.75;
    const rest = 1 - toShoulder - toLeg;
    return [
      ...scale(base, Math.max(0, rest)),
      [sideBone(side, 'Shoulder'), toShoulder - toArm],
      [sideBone(side, 'UpperArm'), toArm],
      [sideBone(side, 'UpperLeg'), toLeg],
    ];
  };

  const legChain = (side: Side): Joint[] => [
    [sideBone(side, 'Foot'), Number.NEGATIVE_INFINITY],
    [sideBone(side, 'LowerLeg'), leg.ankleY + 0.01],
    [sideBone(side, 'UpperLeg'), leg.kneeY],
  ];

  const legWeights = (p: Vector3): BoneWeights => {
    const own = chainWeights(p.y, legChain(sideOf(p.x)), 0.07);
    const toHips = smoothstep(leg.hipJointY - 0.07, leg.hipJointY + 0.05, p.y) * 0.8;
    return [...scale(own, 1 - toHips), ['hips', toHips]];
  };

  const footWeights = (p: Vector3): BoneWeights => {
    const side = sideOf(p.x);
    const toesZ = rig.worldPosition(sideBone(side, 'Toes')).z;
    const t = smoothstep(toesZ - 0.02, toesZ + 0.02, p.z);
    return [
      [sideBone(side, 'Foot'), 1 - t],
      [sideBone(side, 'Toes'), t],
    ];
  };

  const neckWeights = (p: Vector3): BoneWeights => {
    const toHead = smoothstep(lm.head.pivot.y - 0.02, lm.head.pivot.y + 0.02, p.y);
    const toChest = 1 - smoothstep(lm.neck.baseY - 0.03, lm.neck.baseY + 0.02, p.y);
    return [
      ['upperChest', toChest],
      ['neck', Math.max(0, 1 - toHead - toChest)],
      ['head', toHead],
    ];
  };

  const skirtWeights = (p: Vector3): BoneWeights => {
    const toLegs = smoothstep(leg.hipJointY, leg.kneeY, p.y) * 0.7;
    const left = smoothstep(-0.04, 0.04, p.x);
    return [
      ['hips', 1 - toLegs],
      ['leftUpperLeg', toLegs * left],
      ['rightUpperLeg', toLegs * (1 - left)],
    ];
  };

  return {
    torso: torsoWeights,
    neck: neckWeights,
    arm: armWeights,
    leg: legWeights,
    foot: footWeights,
    skirt: skirtWeights,
    rigid: (bone) => () => [[bone, 1]],
  };
}
