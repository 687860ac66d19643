import { leanTorso } from './gesture-poses';
import { aimHand, type GestureContext, type GestureSample, reachTo, TARGET_SPACE } from './gesture-sample';
import { ARM, addBone, addSide, BONE, SIDES, sideAt } from './humanoid-pose';
import { clamp, ease, lerp, pulse } from './motion-math';

/**
 * The keyframed gestures: short motions sampled at `t` seconds after they start. Like the held
 * poses they are authored for the left hand and mirrored, and measured from the model's body.
 */

/** Wind up, bring the right fist down on the counter, stay leaning in over it. */
export function slamCounter(t: number, ctx: GestureContext, out: GestureSample): void {
  const { shoulder, scale } = ctx.body;
  // Accelerating fall (quadratic) from the top of the wind-up to the counter at t = 0.52 s.
  const fall = clamp((t - 0.36) / 0.16, 0, 1) ** 2;
  const impact = pulse(t, 0.5, 0.54, 0.6, 0.9);
  const x = lerp(shoulder.x + 0.1 * scale, shoulder.x + 0.04 * scale, fall);
  const y = lerp(shoulder.y + 0.04 * scale, ctx.counterTop + 0.05 * scale, fall);
  const z = lerp(0.14 * scale, ctx.counterFront + 0.1 * scale, fall);
  reachTo(out.right, 'right', 1, x, y, z, TARGET_SPACE.avatar);
  aimHand(out.right, 'right', -0.2, lerp(0.5, -0.3, fall), 1, 1.45);
  out.right.curl = 1;
  out.right.indexCurl = 1;
  out.right.elbowOut = lerp(0.9, 0.55, fall);
  const windUp = ease(t, 0, 0.36) * (1 - fall);
  leanTorso(out, -0.05 * windUp + (ctx.counterLean + 0.08) * fall);
  addSide(out.offsets, 'right', ARM.right.shoulder, 0, 0, 0.18 * windUp - 0.05 * fall);
  // The head jerks down with the blow, then comes back up to glare.
  addBone(out.offsets, BONE.head, 0.1 * impact, 0, 0);
  addBone(out.offsets, BONE.upperChest, 0.05 * impact, 0, 0);
}

/** Two nods, the second smaller. */
export function nod(t: number, _ctx: GestureContext, out: GestureSample): void {
  const phase = clamp(t / 1, 0, 1);
  const angle = 0.17 * Math.sin(phase * Math.PI * 4) ** 2 * (1 - 0.45 * phase);
  addBone(out.offsets, BONE.head, angle * 0.7, 0, 0);
  addBone(out.offsets, BONE.neck, angle * 0.3, 0, 0);
}

/** Three decaying head shakes. */
export function shakeHead(t: number, _ctx: GestureContext, out: GestureSample): void {
  const phase = clamp(t / 1.35, 0, 1);
  const angle = 0.24 * Math.sin(phase * Math.PI * 6) * (1 - phase) * ease(t, 0, 0.1);
  addBone(out.offsets, BONE.head, 0.03, angle * 0.7, 0);
  addBone(out.offsets, BONE.neck, 0, angle * 0.3, 0);
}

/** Open-handed beats in front of the body while talking; the left hand echoes the right. */
export function gesticulate(t: number, ctx: GestureContext, out: GestureSample): void {
  const { shoulder, hipsY, scale } = ctx.body;
  const v = ctx.variation * 6.28;
  for (let i = 0; i < SIDES.length; i++) {
    const side = sideAt(i);
    const lead = side === 'right' ? 1 : 0.55;
    const offset = side === 'right' ? 0 : 1.7;
    const beat = Math.abs(Math.sin(t * 5.2 + v + offset)) ** 3;
    const hand = out.hand(side);
    reachTo(
      hand,
      side,
      1,
      shoulder.x * 0.6 + 0.07 * scale * lead * Math.sin(t * 1.3 + v + offset),
      hipsY + (0.36 + 0.05 * lead * beat) * scale,
      ctx.body.waistFront + (0.12 + 0.04 * lead * Math.sin(t * 0.9 + offset)) * scale,
      TARGET_SPACE.chest,
    );
    aimHand(hand, side, 0.35, 0.15 - 0.2 * beat * lead, 1, 1.8 - 0.3 * beat);
    hand.curl = 0.25;
    hand.indexCurl = 0.15;
    hand.elbowOut = 0.3;
  }
  addBone(out.offsets, BONE.upperChest, 0, 0.05 * Math.sin(t * 1.3 + v), 0);
  addBone(out.offsets, BONE.head, 0.03 * Math.abs(Math.sin(t * 5.2 + v)) ** 3, 0, 0);
}

/** Lifts the left wrist, looks down at the watch, looks back up. */
export function checkWatch(t: number, ctx: GestureContext, out: GestureSample): void {
  const { shoulder, scale } = ctx.body;
  reachTo(
    out.left,
    'left',
    1,
    0.03 * scale,
    shoulder.y - 0.15 * scale,
    ctx.body.chestFront + 0.15 * scale,
    TARGET_SPACE.chest,
  );
  aimHand(out.left, 'left', -0.85, 0.12, 0.5, -0.35);
  out.left.curl = 0.35;
  out.left.indexCurl = 0.3;
  out.left.elbowOut = 0.7;
  out.gazeWeight = pulse(t, 0.35, 0.6, 1.7, 1.95);
  out.gazeYaw = 0.12;
  out.gazePitch = -0.42;
  addBone(out.offsets, BONE.spine, 0.04 * out.gazeWeight, 0, 0);
}

/** Glances to the avatar's left, then right, as if looking for someone else to talk to. */
export function lookAround(t: number, _ctx: GestureContext, out: GestureSample): void {
  const yaw = 0.62 * ease(t, 0.15, 0.45) - 1.17 * ease(t, 1.0, 1.4) + 0.55 * ease(t, 1.95, 2.3);
  out.gazeWeight = pulse(t, 0.05, 0.25, 2.0, 2.35);
  out.gazeYaw = yaw;
  out.gazePitch = 0.04;
  addBone(out.offsets, BONE.upperChest, 0, 0.2 * yaw * out.gazeWeight, 0);
  addBone(out.offsets, BONE.spine, 0, 0.1 * yaw * out.gazeWeight, 0);
}
