/**
 * Sleeves from inside the shoulder to the wrist, with an optional ribbed cuff.
 * The hand (hands.ts) starts inside the sleeve, so the cuff edge is a crisp
 * intersection rather than a colour blend.
 */
import { type Color, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { curve, type Key, lerp, range } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';
import { scaleColor } from '../palette';

export interface SleeveStyle {
  color: Color;
  /** Extra radius for loose fabric, metres. */
  looseness: number;
  /** Extra radius over the shoulder cap (blazer pads). */
  shoulderPad: number;
  cuff: Color | null;
}

export function addArms(ctx: AvatarContext, sleeve: SleeveStyle): void {
  for (const side of [1, -1] as const) addArm(ctx, side, sleeve);
}

function addArm(ctx: AvatarContext, side: 1 | -1, sleeve: SleeveStyle): void {
  const { arm } = ctx.lm;
  const g = arm.girth;
  const start = arm.jointX - 0.085;
  const end = arm.wristX - 0.012;
  const upper = arm.elbowX - arm.jointX;
  // Radii (vertical, front-back) along the arm, by distance from the shoulder joint.
  const vertical: Key[] = [
    [-0.085, 0.05],
    [-0.02, 0.057 + sleeve.shoulderPad],
    [0.035, 0.054],
    [upper * 0.45, 0.047],
    [upper, 0.041],
    [upper + 0.06, 0.042],
    [end - arm.jointX - 0.05, 0.036],
    [end - arm.jointX, 0.035],
  ];
  const depth: Key[] = [
    [-0.085, 0.052],
    [-0.02, 0.055],
    [0.035, 0.05],
    [upper * 0.45, 0.046],
    [upper, 0.04],
    [upper + 0.06, 0.043],
    [end - arm.jointX - 0.05, 0.034],
    [end - arm.jointX, 0.034],
  ];
  const along = range(start, end, 20);
  const sections = along.map((x) => {
    const d = x - arm.jointX;
    return {
      center: new Vector3(side * x, arm.y - 0.004 * Math.min(1, Math.max(0, d / upper)), arm.z),
      radiusUp: curve(vertical, d) * g + sleeve.looseness,
      radiusSide: curve(depth, d) * g + sleeve.looseness,
    };
  });
  const rows = tubeRings(sections, { segments: 18, up: new Vector3(0, 1, 0) });
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: () => sleeve.color,
    bones: ctx.weights.arm,
    capEnd: scaleColor(sleeve.color, 0.35),
  });
  if (sleeve.cuff) {
    const last = sections[sections.length - 1];
    if (!last) return;
    const cuffSections = range(0, 1, 3).map((u) => ({
      center: new Vector3(side * lerp(end - 0.05, end + 0.002, u), last.center.y, last.center.z),
      radiusUp: last.radiusUp + 0.003,
      radiusSide: last.radiusSide + 0.003,
    }));
    addGrid(ctx.body, tubeRings(cuffSections, { segments: 18, up: new Vector3(0, 1, 0) }), {
      wrapColumns: true,
      color: () => sleeve.cuff as Color,
      bones: ctx.weights.arm,
      capEnd: scaleColor(sleeve.cuff, 0.35),
    });
  }
}
