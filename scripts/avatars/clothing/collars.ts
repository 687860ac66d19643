/**
 * Collars and the bunched hood: bands swept around the neck base. The path
 * follows an ellipse around the neck; a gap at the front leaves room for an
 * open shirt or zip.
 */
import { type Color, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { neckCenterZ } from '../body/neck';
import { lerp, range } from '../geometry/math';
import { ellipseProfile, type SweepPoint, sweepProfile } from '../geometry/profile-sweep';
import { addGrid } from '../geometry/surface-grid';

/** Points around the neck at height y, from angle a0 to a1 (0 = front, increasing towards the avatar's left). */
export function neckPath(
  ctx: AvatarContext,
  y: number,
  a0: number,
  a1: number,
  count: number,
  extra = 0,
): SweepPoint[] {
  const r = ctx.lm.neck.radius;
  const z0 = neckCenterZ(ctx.lm, y);
  return range(a0, a1, count).map((a) => {
    const radial = new Vector3(Math.sin(a), 0, Math.cos(a));
    return { center: new Vector3(0, y, z0).addScaledVector(radial, r + 0.004 + extra), radial };
  });
}

export interface CollarOptions {
  color: Color;
  /** Thickness of the garment the collar belongs to, so it sits on top of it. */
  offset: number;
  /** Half-angle of the gap at the throat, radians. */
  frontGap: number;
  height: number;
  /** Outward lean of the band: 0 stands up, ~1 lies folded over the shoulders. */
  fold: number;
  /** Pointed collar tips at the front (shirt collars). */
  points?: boolean;
}

export function addCollar(ctx: AvatarContext, options: CollarOptions): void {
  const baseY = ctx.torso.topY - 0.006;
  const path = neckPath(ctx, baseY, options.frontGap, 2 * Math.PI - options.frontGap, 29, options.offset);
  const last = path.length - 1;
  const rows = sweepProfile(path, (i) => {
    const endness = Math.min(i, last - i) / last;
    const tip = options.points ? Math.max(0, 1 - endness * 8) : 0;
    const h = options.height * (1 + 0.35 * tip);
    // The folded leaf leans out more at the front so the collar opens like a V.
    const lean = options.fold * (0.7 + 0.5 * (1 - endness * 2));
    return ellipseProfile(0.0035, h / 2, 8, lean).map(
      ([x, y]) => [x + 0.004 + Math.sin(lean) * h * 0.3, y + h * 0.3 - tip * 0.012] as const,
    );
  });
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: () => options.color,
    bones: ctx.weights.torso,
    capStart: options.color,
    capEnd: options.color,
  });
}

/** The hood of a hoodie lying bunched around the back of the neck. */
export function addBunchedHood(ctx: AvatarContext, color: Color): void {
  const baseY = ctx.lm.neck.baseY + 0.018;
  const a0 = 0.6;
  const a1 = 2 * Math.PI - 0.6;
  const path = neckPath(ctx, baseY, a0, a1, 25, 0.04).map((pt, i, all) => {
    const u = i / (all.length - 1);
    const back = Math.sin(Math.PI * u);
    // At the back the hood drapes down onto the shoulder blades.
    return {
      ...pt,
      center: pt.center
        .clone()
        .add(new Vector3(0, -0.035 * back ** 2, 0))
        .addScaledVector(pt.radial, 0.02 * back),
    };
  });
  const rows = sweepProfile(path, (i) => {
    const u = i / (path.length - 1);
    const size = lerp(0.45, 1, Math.sin(Math.PI * u));
    return ellipseProfile(0.03 * size, 0.034 * size, 12, -0.3);
  });
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: (_i, j) => (j > 2 && j < 8 ? color.clone().multiplyScalar(0.8) : color),
    bones: ctx.weights.torso,
    capStart: color,
    capEnd: color,
  });
}

/** A thin cord hanging from the neckline (hoodie drawstrings). */
export function addCord(ctx: AvatarContext, angle: number, length: number, offset: number, color: Color): void {
  const topY = ctx.lm.neck.baseY - 0.025;
  const sections = range(0, 1, 6).map((u) => {
    const y = topY - u * length;
    return ctx.torso.point(y, angle * (1 - 0.3 * u), offset + 0.003);
  });
  const rows = sections.map((c) =>
    Array.from({ length: 6 }, (_, j) => {
      const a = (2 * Math.PI * j) / 6;
      return c.clone().add(new Vector3(Math.cos(a) * 0.0028, 0, Math.sin(a) * 0.0028));
    }),
  );
  addGrid(ctx.body, rows, { wrapColumns: true, color: () => color, bones: ctx.weights.torso, capEnd: color });
}
