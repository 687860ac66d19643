import type { VRMHumanBoneName } from '@pixiv/three-vrm';
import type { EulerOrder } from 'three';

/**
 * A body pose as plain numbers: Euler angles (radians) per humanoid bone, in the AVATAR frame of
 * three-vrm's normalized humanoid (+x = the avatar's left, +y up, +z = where the avatar faces; the
 * rest pose is a T-pose with every rotation zero). Animators add layers into one `Pose` per frame
 * and `HumanoidPoser` writes it to the bones, so the layers never fight over a bone.
 *
 * Signs for the LEFT side (the right side is mirrored: y and z negate, see `addSide`):
 * upper arm z < 0 lowers the arm, y < 0 swings it forward; lower arm y < 0 bends the elbow
 * forward; spine/neck/head x > 0 bends forward, y > 0 turns towards the avatar's left.
 */
export const POSE_BONES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftShoulder',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightShoulder',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
] as const satisfies readonly VRMHumanBoneName[];
export type PoseBone = (typeof POSE_BONES)[number];

/** Index of each bone in a `Pose` (times three for the x component). */
export const BONE = Object.fromEntries(POSE_BONES.map((name, index) => [name, index])) as Record<PoseBone, number>;

/** Arms rotate shoulder-out (z), then swing (y), then twist (x); the spine and legs yaw, then pitch, then roll. */
export const BONE_ORDER: readonly EulerOrder[] = POSE_BONES.map((name) =>
  /Shoulder|Arm|Hand/.test(name) ? 'ZYX' : 'YXZ',
);

export type Side = 'left' | 'right';
export const SIDES: readonly Side[] = ['left', 'right'];

/** The side at index 0 (left) or 1 (right), for allocation-free loops over `SIDES`. */
export function sideAt(index: number): Side {
  return index === 0 ? 'left' : 'right';
}

/** +1 for the left side, −1 for the right: multiplies x positions and y/z rotations authored for the left. */
export function sideSign(side: Side): number {
  return side === 'left' ? 1 : -1;
}

/** The bones of one arm, as `Pose` indices. */
export const ARM = {
  left: { shoulder: BONE.leftShoulder, upperArm: BONE.leftUpperArm, lowerArm: BONE.leftLowerArm, hand: BONE.leftHand },
  right: {
    shoulder: BONE.rightShoulder,
    upperArm: BONE.rightUpperArm,
    lowerArm: BONE.rightLowerArm,
    hand: BONE.rightHand,
  },
} as const;

export const LEG = {
  left: { upperLeg: BONE.leftUpperLeg, lowerLeg: BONE.leftLowerLeg, foot: BONE.leftFoot },
  right: { upperLeg: BONE.rightUpperLeg, lowerLeg: BONE.rightLowerLeg, foot: BONE.rightFoot },
} as const;

/** Euler angles per bone, `POSE_BONES.length * 3` numbers. */
export type Pose = Float32Array;

export function createPose(): Pose {
  return new Float32Array(POSE_BONES.length * 3);
}

/** Adds `weight` × (x, y, z) to one bone. */
export function addBone(pose: Pose, bone: number, x: number, y: number, z: number, weight = 1): void {
  const i = bone * 3;
  pose[i] = (pose[i] ?? 0) + x * weight;
  pose[i + 1] = (pose[i + 1] ?? 0) + y * weight;
  pose[i + 2] = (pose[i + 2] ?? 0) + z * weight;
}

/** Adds a rotation authored for the LEFT side to `bone` of `side`, mirroring it for the right. */
export function addSide(pose: Pose, side: Side, bone: number, x: number, y: number, z: number, weight = 1): void {
  const s = sideSign(side);
  addBone(pose, bone, x, y * s, z * s, weight);
}

/** `out += source × weight` over every bone. */
export function addPose(out: Pose, source: Pose, weight: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + (source[i] ?? 0) * weight;
}

export function pitchOf(pose: Pose, bone: number): number {
  return pose[bone * 3] ?? 0;
}
