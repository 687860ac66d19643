import { Quaternion, Vector3 } from 'three';
import type { BodyLandmarks } from './body-landmarks';
import { createPose, type Pose, type Side, sideSign } from './humanoid-pose';

/** Where a hand target lives: fixed in the room (the counter) or carried by the chest (arms crossed). */
export const TARGET_SPACE = { avatar: 0, chest: 1 } as const;
export type TargetSpace = (typeof TARGET_SPACE)[keyof typeof TARGET_SPACE];

/** One hand's part of a gesture: where the wrist goes, how the hand is turned, how far the fingers close. */
export class HandGoal {
  /** 0 = leave the arm to the idle pose, 1 = wrist fully at `target`. */
  reach = 0;
  readonly target = new Vector3();
  space: TargetSpace = TARGET_SPACE.avatar;
  /** Hand rotation in the avatar frame, relative to the T-pose (fingers out, palm down). */
  readonly turn = new Quaternion();
  turnHand = false;
  /** Finger curl override, 0 open … 1 fist; negative = leave to the mood. */
  curl = -1;
  indexCurl = -1;
  /** How far the elbow points outwards (0 = down and back, 1 = well out to the side). */
  elbowOut = 0.35;

  reset(): void {
    this.reach = 0;
    this.turnHand = false;
    this.curl = -1;
    this.indexCurl = -1;
    this.elbowOut = 0.35;
  }
}

/** What one gesture wants this frame; the player blends up to two of these over the idle pose. */
export class GestureSample {
  /** Added to the idle pose (torso lean, shoulder shrug, nod). */
  readonly offsets: Pose = createPose();
  readonly left = new HandGoal();
  readonly right = new HandGoal();
  /** Head and eye direction (avatar frame, radians) and how much it replaces looking at the trainee. */
  gazeYaw = 0;
  gazePitch = 0;
  gazeWeight = 0;

  reset(): void {
    this.offsets.fill(0);
    this.left.reset();
    this.right.reset();
    this.gazeYaw = 0;
    this.gazePitch = 0;
    this.gazeWeight = 0;
  }

  hand(side: Side): HandGoal {
    return side === 'left' ? this.left : this.right;
  }
}

/** What gestures may read: the body's measurements, the counter, the trainee, a per-play variation. */
export interface GestureContext {
  readonly body: BodyLandmarks;
  /** Counter top height and front edge z, in the avatar frame. */
  readonly counterTop: number;
  readonly counterFront: number;
  /** How far this model must lean forward (radians) to put a hand on the counter. */
  readonly counterLean: number;
  /** The trainee's eyes in the avatar frame. */
  readonly trainee: Vector3;
  /** 0..1, drawn when the gesture starts, for small variations between plays. */
  variation: number;
  speaking: boolean;
}

const aim = new Vector3();
const rest = new Vector3(1, 0, 0);
const roll = new Quaternion();

/**
 * Sets a hand goal authored for the LEFT hand and mirrored for the right: `outward` is metres to
 * the hand's own side (+x for the left hand), `y`, `z` in the avatar frame.
 */
export function reachTo(
  goal: HandGoal,
  side: Side,
  reach: number,
  outward: number,
  y: number,
  z: number,
  space: TargetSpace,
): void {
  goal.reach = reach;
  goal.target.set(outward * sideSign(side), y, z);
  goal.space = space;
}

/**
 * Turns the hand so the fingers point along (outward, y, z) and the palm rolls by `rollAngle`
 * about that direction (0 = palm down, +π/2 = palm facing inwards, π = palm up). Mirrored for the right.
 */
export function aimHand(goal: HandGoal, side: Side, outward: number, y: number, z: number, rollAngle: number): void {
  aim.set(outward, y, z).normalize();
  goal.turn.setFromUnitVectors(rest, aim);
  goal.turn.premultiply(roll.setFromAxisAngle(aim, -rollAngle));
  if (side === 'right') goal.turn.set(goal.turn.x, -goal.turn.y, -goal.turn.z, goal.turn.w);
  goal.turnHand = true;
}
