import { Vector3 } from 'three';
import { aimHand, type GestureContext, type GestureSample, reachTo, TARGET_SPACE } from './gesture-sample';
import { ARM, addBone, addSide, BONE, SIDES, sideAt } from './humanoid-pose';
import { pulse } from './motion-math';

/**
 * The held gestures: pose targets the player blends in and keeps until the next line. Hand
 * positions are authored for the LEFT hand (outward = towards the hand's own side) from the
 * model's own landmarks, so they fit any body; `reachTo`/`aimHand` mirror them for the right.
 */

const toTrainee = new Vector3();

/** Leans the torso forward by `angle` (radians), spread over the spine so the back curves. */
export function leanTorso(out: GestureSample, angle: number): void {
  addBone(out.offsets, BONE.spine, angle * 0.5, 0, 0);
  addBone(out.offsets, BONE.chest, angle * 0.3, 0, 0);
  addBone(out.offsets, BONE.upperChest, angle * 0.2, 0, 0);
}

export function armsCrossed(_t: number, ctx: GestureContext, out: GestureSample): void {
  const { shoulder, scale, chestFront } = ctx.body;
  const y = shoulder.y - 0.25 * scale;
  const z = chestFront + 0.05 * scale;
  // The left forearm lies over the right one; each hand reaches round the outside of the other
  // arm above the elbow. The fingers point across and only a little back: pointed straight back
  // they went through the other arm's sleeve and into the belly.
  reachTo(out.left, 'left', 1, -shoulder.x * 0.85, y + 0.02 * scale, z + 0.055 * scale, TARGET_SPACE.chest);
  reachTo(out.right, 'right', 1, -shoulder.x * 0.85, y - 0.015 * scale, z + 0.01 * scale, TARGET_SPACE.chest);
  aimHand(out.left, 'left', -0.85, 0, -0.75, 1.6);
  aimHand(out.right, 'right', -0.85, 0, -0.75, 1.6);
  out.left.curl = out.right.curl = 0.6;
  out.left.indexCurl = out.right.indexCurl = 0.55;
  out.left.elbowOut = out.right.elbowOut = 0.7;
  leanTorso(out, -0.03);
  addSide(out.offsets, 'left', ARM.left.shoulder, 0, -0.08, 0.04);
  addSide(out.offsets, 'right', ARM.right.shoulder, 0, -0.08, 0.04);
}

/** Points at the trainee's chest with the right index finger, with a short jab at the start. */
export function point(t: number, ctx: GestureContext, out: GestureSample): void {
  const { shoulder, upperArmLength, lowerArmLength } = ctx.body;
  toTrainee.set(ctx.trainee.x + shoulder.x, ctx.trainee.y - 0.25 - shoulder.y, ctx.trainee.z - shoulder.z).normalize();
  const reach = (upperArmLength + lowerArmLength) * (0.8 + 0.08 * pulse(t, 0.25, 0.4, 0.5, 0.8));
  reachTo(
    out.right,
    'right',
    1,
    shoulder.x - toTrainee.x * reach,
    shoulder.y + toTrainee.y * reach,
    shoulder.z + toTrainee.z * reach,
    TARGET_SPACE.chest,
  );
  aimHand(out.right, 'right', -toTrainee.x, toTrainee.y + 0.1, toTrainee.z, 1.2);
  out.right.curl = 1;
  out.right.indexCurl = 0;
  out.right.elbowOut = 0.5;
  leanTorso(out, 0.05);
  addSide(out.offsets, 'right', ARM.right.shoulder, 0, -0.1, 0.05);
}

/** The right hand flat on the counter top, the body leaning in as far as this model needs to reach. */
export function handOnCounter(_t: number, ctx: GestureContext, out: GestureSample): void {
  const { shoulder, scale } = ctx.body;
  reachTo(
    out.right,
    'right',
    1,
    shoulder.x + 0.02 * scale,
    ctx.counterTop + 0.035 * scale,
    ctx.counterFront + 0.08 * scale,
    TARGET_SPACE.avatar,
  );
  aimHand(out.right, 'right', -0.25, -0.03, 1, 0);
  out.right.curl = 0.12;
  out.right.indexCurl = 0.1;
  out.right.elbowOut = 0.6;
  leanTorso(out, ctx.counterLean + 0.03);
  addBone(out.offsets, BONE.spine, 0, 0, -0.04);
}

export function leanIn(_t: number, _ctx: GestureContext, out: GestureSample): void {
  leanTorso(out, 0.22);
  addBone(out.offsets, BONE.hips, 0.04, 0, 0);
}

export function leanBack(_t: number, _ctx: GestureContext, out: GestureSample): void {
  leanTorso(out, -0.16);
  addBone(out.offsets, BONE.hips, -0.03, 0, 0);
  // Upper arms in at the sides: keeping one's distance.
  addSide(out.offsets, 'left', ARM.left.upperArm, 0, 0.04, -0.06);
  addSide(out.offsets, 'right', ARM.right.upperArm, 0, 0.04, -0.06);
}

/** Shoulders up, palms turned up and out, head tilted: "what do you want me to do?" */
export function shrug(t: number, ctx: GestureContext, out: GestureSample): void {
  const { shoulder, hipsY, scale } = ctx.body;
  const lift = pulse(t, 0.1, 0.45, 0.95, 1.35);
  for (let i = 0; i < SIDES.length; i++) {
    const side = sideAt(i);
    const hand = out.hand(side);
    reachTo(
      hand,
      side,
      1,
      shoulder.x + 0.12 * scale,
      hipsY + 0.24 * scale + 0.03 * lift,
      ctx.body.waistFront + 0.08 * scale,
      TARGET_SPACE.chest,
    );
    aimHand(hand, side, 0.55, 0.15, 1, 2.6);
    hand.curl = 0.15;
    hand.indexCurl = 0.1;
    hand.elbowOut = 0.2;
    addSide(out.offsets, side, ARM[side].shoulder, 0, 0, 0.3 * lift);
  }
  addBone(out.offsets, BONE.head, -0.06 * lift, 0, 0.12 * lift);
  addBone(out.offsets, BONE.neck, 0, 0, 0.04 * lift);
}
