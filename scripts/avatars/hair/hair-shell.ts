/**
 * Hair as a thick shell over the head surface, sampled from the hairline (or
 * any lower edge) up to the crown for each angle around the head. Rows run
 * inner-crown → inner-edge → outer-edge → outer-crown in one grid, so the edge
 * wall (the visible thickness of a bob or a fringe) comes for free.
 */
import { type Color, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { lerp, range } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';

export interface HairShellOptions {
  /** Angles covered; a full turn wraps. */
  angles: readonly [number, number];
  columns: number;
  rows: number;
  /** Lower edge (head-surface t) per angle. */
  edgeT: (angle: number) => number;
  /** Upper edge per angle; 1 = crown. */
  topT?: (angle: number) => number;
  /** Outer thickness at s (0 lower edge .. 1 top) and angle, metres. */
  thickness: (s: number, angle: number) => number;
  /** Below this t the hair falls straight instead of hugging the jaw. */
  hangBelowT?: number;
  /** Thickness of a hanging curtain (its inner face sits this far inside). */
  curtain?: number;
  /** Extra radius per metre hanging below hangBelowT (curly hair widening to the ends). */
  flare?: number;
  color: (s: number, angle: number) => Color;
  /** 'rim': only a short wall into the skin at the lower edge (cropped hair). */
  inner: 'rim' | 'full';
}

export function addHairShell(ctx: AvatarContext, o: HairShellOptions): void {
  const { head } = ctx;
  const full = Math.abs(o.angles[1] - o.angles[0] - 2 * Math.PI) < 1e-6;
  const angles = range(o.angles[0], o.angles[1] - (full ? (o.angles[1] - o.angles[0]) / o.columns : 0), o.columns);
  const ss = range(0, 1, o.rows);
  const tAt = (s: number, a: number) => lerp(o.edgeT(a), o.topT ? o.topT(a) : 1, s ** 0.9);

  const outer = (s: number, a: number): Vector3 => {
    const t = tAt(s, a);
    const p = head.point(t, a).addScaledVector(head.normal(t, a), o.thickness(s, a));
    if (o.hangBelowT !== undefined && t < o.hangBelowT) {
      // Falling hair keeps the radius it had where it left the skull.
      const tHang = o.hangBelowT;
      const q = head.point(tHang, a).addScaledVector(head.normal(tHang, a), o.thickness(s, a));
      // The head surface stops at the chin; hair below it (t < 0) keeps falling.
      const axis = new Vector3(0, t < 0 ? head.yAt(t) : p.y, head.lm.axisZ);
      const radial = new Vector3(q.x, 0, q.z - head.lm.axisZ);
      const tuck = 1 - 0.08 * Math.min(1, (tHang - t) / tHang) ** 2;
      radial.multiplyScalar(tuck);
      if (o.flare) radial.addScaledVector(radial.clone().normalize(), o.flare * (q.y - axis.y));
      return axis.add(radial);
    }
    return p;
  };
  const inner = (s: number, a: number): Vector3 => {
    const t = tAt(s, a);
    const skin = head.point(t, a).addScaledVector(head.normal(t, a), -0.001);
    if (o.hangBelowT !== undefined && t < o.hangBelowT && o.curtain) {
      const out = outer(s, a);
      const radial = new Vector3(out.x, 0, out.z - head.lm.axisZ).normalize();
      const curtain = out.clone().addScaledVector(radial, -o.curtain);
      const skinRadius = Math.hypot(skin.x, skin.z - head.lm.axisZ);
      return Math.hypot(curtain.x, curtain.z - head.lm.axisZ) > skinRadius ? curtain : skin;
    }
    return skin;
  };

  const innerRows = o.inner === 'full' ? [...ss].reverse() : [0];
  const rows = [
    ...innerRows.map((s) => angles.map((a) => inner(s, a))),
    ...ss.map((s) => angles.map((a) => outer(s, a))),
  ];
  const sOfRow = [...innerRows, ...ss];
  addGrid(ctx.body, rows, {
    wrapColumns: full,
    color: (i, j) => {
      const c = o.color(sOfRow[i] ?? 0, angles[j] ?? 0);
      return i < innerRows.length ? c.clone().multiplyScalar(0.6) : c;
    },
    bones: ctx.weights.rigid('head'),
  });
}

/** Hair colour with a soft sheen on top and faint strands radiating from the crown. */
export function strandColor(base: Color, s: number, angle: number): Color {
  const strands = 1 + 0.07 * Math.sin(angle * 23) + 0.04 * Math.sin(angle * 57 + 1.3);
  return base.clone().multiplyScalar((0.82 + 0.3 * s ** 1.5) * strands);
}
