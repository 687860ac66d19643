/**
 * Garment shells: the torso surface pushed outwards, optionally open at the
 * front (cardigan and blazer V-necks), plus raised patches for pockets, zips
 * and lapels. The open edge is the geometry's border, so it stays sharp.
 */
import { type Color, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { TORSO_COLUMNS } from '../body/torso';
import { lerp, range } from '../geometry/math';
import type { BoneWeights } from '../geometry/mesh-builder';
import { addGrid } from '../geometry/surface-grid';

export interface ShellOptions {
  fromY: number;
  toY: number;
  offset: number;
  /** Half-angle of the front opening at a height; 0 = closed. */
  opening?: (y: number) => number;
  color: (y: number, angle: number) => Color;
}

export function addShell(ctx: AvatarContext, options: ShellOptions): void {
  const ys = alignedHeights(options.fromY, options.toY);
  const open = options.opening;
  if (!open) {
    const grid = ys.map((y) =>
      Array.from({ length: TORSO_COLUMNS }, (_, j) =>
        ctx.torso.drape(y, (2 * Math.PI * j) / TORSO_COLUMNS, options.offset),
      ),
    );
    const angles = Array.from({ length: TORSO_COLUMNS }, (_, j) => (2 * Math.PI * j) / TORSO_COLUMNS);
    addGrid(ctx.body, grid, {
      wrapColumns: true,
      color: (i, j) => options.color(ys[i] ?? 0, angles[j] ?? 0),
      bones: (_p, i, j) => bodyWeights(ctx, ys[i] ?? 0, angles[j] ?? 0),
    });
    return;
  }
  const columns = TORSO_COLUMNS + 1;
  const angleAt = (y: number, j: number): number => {
    const a0 = Math.max(0.0, open(y));
    return lerp(a0, 2 * Math.PI - a0, j / (columns - 1));
  };
  const grid = ys.map((y) =>
    Array.from({ length: columns }, (_, j) => ctx.torso.drape(y, angleAt(y, j), options.offset)),
  );
  addGrid(ctx.body, grid, {
    color: (i, j) => {
      const y = ys[i] ?? 0;
      return options.color(y, angleAt(y, j));
    },
    bones: (_p, i, j) => bodyWeights(ctx, ys[i] ?? 0, angleAt(ys[i] ?? 0, j)),
  });
}

/**
 * Cloth takes the weights of the body point beneath it, not of its own
 * position: layers then move as one and the shirt never pokes through the jacket.
 */
export function bodyWeights(ctx: AvatarContext, y: number, angle: number): BoneWeights {
  return ctx.weights.torso(ctx.torso.point(y, angle, 0));
}

/** Height between shell rows; all shells share one grid of heights. */
const ROW_STEP = 0.018;

/**
 * Sample heights on a grid shared by all shells (plus the exact ends), so two
 * shells that overlap, like a yoke over a jacket, are cut into the same chords
 * and the lower one never pokes through between rows.
 */
function alignedHeights(fromY: number, toY: number): number[] {
  const inner: number[] = [];
  for (let k = Math.ceil(fromY / ROW_STEP); k * ROW_STEP < toY; k++) {
    const y = k * ROW_STEP;
    if (y > fromY + ROW_STEP * 0.3 && y < toY - ROW_STEP * 0.3) inner.push(y);
  }
  return [fromY, ...inner, toY];
}

export interface PatchOptions {
  yRange: readonly [number, number];
  /** Fixed angles, or per height (a lapel following the V edge). */
  angleRange: readonly [number, number] | ((y: number) => readonly [number, number]);
  /** Height of the shell the patch sits on. */
  baseOffset: number;
  /** How far the patch stands above it. */
  raise: number;
  color: Color;
  edge?: Color;
  /** Samples across and up; more for large curved patches. */
  detail?: readonly [number, number];
}

/** A raised pillow on the torso surface: pockets, zips, plackets, lapels. */
export function addPatch(ctx: AvatarContext, options: PatchOptions): void {
  const [nu, nv] = options.detail ?? [4, 4];
  // Outermost samples sit on the shell, the next ones at full height: a crisp raised edge.
  const params = (n: number) => [0, 0, ...range(0, 1, n + 2).slice(1, -1), 1, 1];
  const us = params(nu);
  const vs = params(nv);
  const height = (i: number, count: number) => (i === 0 || i === count - 1 ? 0 : 1);
  const param = (v: number, u: number): [number, number] => {
    const y = lerp(options.yRange[0], options.yRange[1], v);
    const [a0, a1] = typeof options.angleRange === 'function' ? options.angleRange(y) : options.angleRange;
    return [y, lerp(a0, a1, u)];
  };
  const grid = vs.map((v, i) =>
    us.map((u, j) => {
      const [y, a] = param(v, u);
      const h = Math.min(height(i, vs.length), height(j, us.length));
      return ctx.torso.drape(y, a, options.baseOffset + options.raise * (h === 0 ? -0.3 : 1));
    }),
  );
  const edge = options.edge ?? options.color;
  addGrid(ctx.body, grid, {
    color: (i, j) => (i <= 1 || j <= 1 || i >= vs.length - 2 || j >= us.length - 2 ? edge : options.color),
    bones: (_p, i, j) => bodyWeights(ctx, ...param(vs[i] ?? 0, us[j] ?? 0)),
  });
}

/** Small round buttons down the front. */
export function addButtons(
  ctx: AvatarContext,
  ys: readonly number[],
  offset: number,
  color: Color,
  radius = 0.0065,
): void {
  for (const y of ys) {
    const p = ctx.torso.point(y, 0, offset);
    const n = ctx.torso.normal(y, 0);
    const rows = [0, 0.6, 1].map((k) => {
      const c = p.clone().addScaledVector(n, 0.0035 * k);
      const r = radius * (k === 1 ? 0.8 : 1);
      return Array.from({ length: 10 }, (_, j) => {
        const a = (2 * Math.PI * j) / 10;
        return c.clone().add(new Vector3(Math.cos(a) * r, Math.sin(a) * r, 0));
      });
    });
    addGrid(ctx.body, rows, { wrapColumns: true, color: () => color, bones: ctx.weights.torso, capEnd: color });
  }
}
