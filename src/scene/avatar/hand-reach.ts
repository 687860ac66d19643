import type { VRMHumanBoneName } from '@pixiv/three-vrm';
import { type Object3D, Quaternion, Vector3 } from 'three';
import { ArmIk } from './arm-ik';
import type { AvatarFrame } from './avatar-frame';
import type { BodyLandmarks } from './body-landmarks';
import { type HandGoal, TARGET_SPACE } from './gesture-sample';
import { type Side, sideSign } from './humanoid-pose';

const target = new Vector3();
const pole = new Vector3();
const handRotation = new Quaternion();
const frameRotation = new Quaternion();
const scratchPosition = new Vector3();
const scratchScale = new Vector3();

/**
 * Turns a gesture's hand goals (avatar-frame or chest-carried targets, hand turns) into world
 * targets and bends the arms there by IK. Models without a complete arm chain keep the idle arm.
 */
export class HandReach {
  private readonly arms: Record<Side, ArmIk | null>;
  private readonly chest: Object3D | null;

  constructor(
    private readonly frame: AvatarFrame,
    private readonly body: BodyLandmarks,
  ) {
    this.chest = frame.vrm.humanoid.getNormalizedBoneNode(body.chestBone);
    this.arms = { left: createArmIk(frame, body, 'left'), right: createArmIk(frame, body, 'right') };
  }

  /** Bends `side`'s arm towards `goal` by its reach × `weight`. World matrices of the posed body must be current. */
  apply(side: Side, goal: HandGoal, weight: number): void {
    const ik = this.arms[side];
    const amount = goal.reach * weight;
    if (!ik || amount <= 0.001) return;
    const { shoulder } = this.body;
    const chest = goal.space === TARGET_SPACE.chest ? this.chest : null;
    target.copy(goal.target);
    // Elbows point down and back, out to the side as far as the gesture asks.
    pole.set(
      sideSign(side) * (shoulder.x + 0.1 + 0.5 * goal.elbowOut),
      shoulder.y - 0.5,
      shoulder.z - 0.3 + 0.15 * goal.elbowOut,
    );
    if (chest) {
      // Chest-carried targets are authored in the rest pose and follow the chest as it leans.
      this.frame.nodeToWorld(chest, target.sub(this.body.chest));
      this.frame.nodeToWorld(chest, pole.sub(this.body.chest));
      chest.matrixWorld.decompose(scratchPosition, frameRotation, scratchScale);
    } else {
      this.frame.toWorld(target);
      this.frame.toWorld(pole);
      this.frame.vrm.scene.matrixWorld.decompose(scratchPosition, frameRotation, scratchScale);
    }
    let turn: Quaternion | null = null;
    if (goal.turnHand) turn = frameRotation.multiply(this.frame.flipQuaternion(handRotation.copy(goal.turn)));
    ik.solve(target, pole, turn, amount);
  }
}

/** IK for one arm of the model, or null when it lacks a bone of the chain. */
export function createArmIk(frame: AvatarFrame, body: BodyLandmarks, side: Side): ArmIk | null {
  const bone = (name: string) => frame.vrm.humanoid.getNormalizedBoneNode(`${side}${name}` as VRMHumanBoneName);
  const upper = bone('UpperArm');
  const lower = bone('LowerArm');
  const hand = bone('Hand');
  return upper && lower && hand ? new ArmIk(upper, lower, hand, body.upperArmLength, body.lowerArmLength) : null;
}

/** How far (radians) the spine must lean for a wrist to rest on the counter in front of this body. */
export function counterLean(body: BodyLandmarks, counterTop: number, counterFront: number): number {
  const { shoulder, scale, upperArmLength, lowerArmLength, hipsY } = body;
  scratchPosition.set(0.02 * scale, counterTop + 0.035 * scale - shoulder.y, counterFront + 0.08 * scale - shoulder.z);
  const shortfall = scratchPosition.length() - 0.9 * (upperArmLength + lowerArmLength);
  return Math.min(Math.max(shortfall / Math.max(0.2, shoulder.y - hipsY), 0), 0.45);
}
