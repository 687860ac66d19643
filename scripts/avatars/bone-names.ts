/**
 * The VRM 1.0 humanoid bones this generator builds, parent before child
 * (the order the skeleton and the glTF joints list use).
 */

const fingerNames = ['Thumb', 'Index', 'Middle', 'Ring', 'Little'] as const;
export type FingerName = (typeof fingerNames)[number];
export const FINGERS = fingerNames;

export type Side = 'left' | 'right';
export const SIDES = ['left', 'right'] as const satisfies readonly Side[];

/** VRM 1.0 thumb bones are Metacarpal/Proximal/Distal, the other fingers Proximal/Intermediate/Distal. */
export function fingerSegmentNames(finger: FingerName): readonly [string, string, string] {
  return finger === 'Thumb' ? ['Metacarpal', 'Proximal', 'Distal'] : ['Proximal', 'Intermediate', 'Distal'];
}

type SideBone<S extends string> = `left${S}` | `right${S}`;
type FingerBone = SideBone<
  | `Thumb${'Metacarpal' | 'Proximal' | 'Distal'}`
  | `${Exclude<FingerName, 'Thumb'>}${'Proximal' | 'Intermediate' | 'Distal'}`
>;

export type VrmBoneName =
  | 'hips'
  | 'spine'
  | 'chest'
  | 'upperChest'
  | 'neck'
  | 'head'
  | SideBone<'Shoulder' | 'UpperArm' | 'LowerArm' | 'Hand' | 'UpperLeg' | 'LowerLeg' | 'Foot' | 'Toes'>
  | FingerBone;

export const sideBone = (side: Side, part: string): VrmBoneName => `${side}${part}` as VrmBoneName;

/** Bones the VRM 1.0 specification requires; three-vrm refuses a humanoid without them. */
export const REQUIRED_BONES: readonly VrmBoneName[] = [
  'hips',
  'spine',
  'head',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
];
