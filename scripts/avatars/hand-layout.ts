/**
 * Where the hand's fingers sit, in wrist space of the LEFT hand: +X along the
 * arm away from the body, +Z forward (thumb side, palms face down in T-pose),
 * +Y up. The right hand mirrors X. Shared by the rig (finger bones) and the
 * hand mesh so joints and knuckles line up.
 */
import { Vector3 } from 'three';
import type { FingerName } from './bone-names';
import type { Landmarks } from './proportions';

export interface FingerLayout {
  finger: FingerName;
  /** First joint: knuckle for fingers, the carpometacarpal joint for the thumb. */
  base: Vector3;
  direction: Vector3;
  /** Three segment lengths, base to tip. */
  segments: readonly [number, number, number];
  radius: number;
}

export interface HandLayout {
  palmLength: number;
  palmWidth: number;
  palmThickness: number;
  fingers: readonly FingerLayout[];
}

const REFERENCE_HAND_LENGTH = 0.19;

export function handLayout(lm: Landmarks, female: boolean): HandLayout {
  const s = lm.arm.handLength / REFERENCE_HAND_LENGTH;
  const girth = lm.arm.girth * (female ? 0.88 : 1);
  const finger = (
    name: FingerName,
    base: [number, number, number],
    spread: number,
    segments: [number, number, number],
    radius: number,
  ): FingerLayout => ({
    finger: name,
    base: new Vector3(...base).multiplyScalar(s),
    // Fingers fan out slightly and hang a little, as a relaxed hand does even in T-pose.
    direction: new Vector3(Math.cos(spread), -0.06, Math.sin(spread)).normalize(),
    segments: [segments[0] * s, segments[1] * s, segments[2] * s],
    radius: radius * s * girth,
  });
  return {
    palmLength: 0.098 * s,
    palmWidth: 0.084 * s * (female ? 0.93 : 1) * Math.sqrt(girth),
    palmThickness: 0.03 * s * girth,
    fingers: [
      {
        finger: 'Thumb',
        base: new Vector3(0.02, -0.008, 0.024).multiplyScalar(s),
        direction: new Vector3(0.74, -0.16, 0.6).normalize(),
        segments: [0.04 * s, 0.032 * s, 0.028 * s],
        radius: 0.0118 * s * girth,
      },
      finger('Index', [0.094, -0.001, 0.027], 0.07, [0.042, 0.025, 0.021], 0.0093),
      finger('Middle', [0.098, -0.001, 0.008], 0.0, [0.046, 0.028, 0.022], 0.0096),
      finger('Ring', [0.094, -0.002, -0.011], -0.07, [0.043, 0.027, 0.021], 0.009),
      finger('Little', [0.086, -0.003, -0.029], -0.16, [0.034, 0.021, 0.019], 0.0078),
    ],
  };
}

/** Position of joint `index` (0 = base, 3 = tip) along a finger, in wrist space. */
export function fingerJoint(layout: FingerLayout, index: number): Vector3 {
  const p = layout.base.clone();
  for (let i = 0; i < index; i++) p.addScaledVector(layout.direction, layout.segments[i] ?? 0);
  return p;
}
