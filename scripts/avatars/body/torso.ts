/**
 * The torso under the clothes: trousers (or skirt lining) from crotch to waist,
 * the shirt or blouse above. Outer garments are shells over the same surface
 * (see clothing/).
 */
import type { Color } from 'three';
import type { AvatarContext } from '../avatar-context';
import { range } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';

export const TORSO_COLUMNS = 36;

/** Rings of the torso surface between two heights, `count` rows, full circle. */
export function torsoRings(ctx: AvatarContext, fromY: number, toY: number, count: number, offset: number) {
  return range(fromY, toY, count).map((y) =>
    Array.from({ length: TORSO_COLUMNS }, (_, j) => ctx.torso.point(y, (2 * Math.PI * j) / TORSO_COLUMNS, offset)),
  );
}

export function addTorso(ctx: AvatarContext): void {
  const { torso, lm, palette } = ctx;
  const waist = lm.torso.waistY;
  addSolidGrid(ctx, torsoRings(ctx, torso.bottomY, waist + 0.03, 12, 0), palette.legs, true);
  addSolidGrid(ctx, torsoRings(ctx, waist - 0.01, torso.topY, 24, 0.002), palette.under, false);
}

function addSolidGrid(ctx: AvatarContext, rows: ReturnType<typeof torsoRings>, color: Color, capBottom: boolean) {
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: () => color,
    bones: ctx.weights.torso,
    capStart: capBottom ? color : false,
    capEnd: capBottom ? false : color,
  });
}
