/**
 * Shoes: an upper lofted heel to toe, a sole slab in its own colour and a shaft
 * around the ankle that disappears into the trouser hem.
 */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { curve, type Key, lerp, range } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { type TubeSection, tubeRings } from '../geometry/tube';

interface ShoeShape {
  /** Top of the upper along the foot (u = 0 heel, 1 toe), metres above the ground. */
  top: Key[];
  halfWidth: Key[];
  sole: number;
  /** Height of the ankle shaft; 0 for a low shoe where the tights go straight in. */
  shaftTop: number;
}

const SHAPES: Record<AvatarContext['spec']['outfit']['shoeStyle'], ShoeShape> = {
  sneakers: {
    top: [
      [0, 0.058],
      [0.06, 0.078],
      [0.22, 0.082],
      [0.45, 0.07],
      [0.62, 0.056],
      [0.8, 0.047],
      [0.93, 0.04],
      [1, 0.03],
    ],
    halfWidth: [
      [0, 0.024],
      [0.06, 0.038],
      [0.22, 0.041],
      [0.45, 0.045],
      [0.62, 0.048],
      [0.8, 0.045],
      [0.93, 0.035],
      [1, 0.016],
    ],
    sole: 0.024,
    shaftTop: 0.095,
  },
  boots: {
    top: [
      [0, 0.062],
      [0.06, 0.085],
      [0.22, 0.09],
      [0.45, 0.075],
      [0.62, 0.058],
      [0.8, 0.05],
      [0.93, 0.043],
      [1, 0.032],
    ],
    halfWidth: [
      [0, 0.026],
      [0.06, 0.04],
      [0.22, 0.043],
      [0.45, 0.046],
      [0.62, 0.05],
      [0.8, 0.047],
      [0.93, 0.037],
      [1, 0.017],
    ],
    sole: 0.022,
    shaftTop: 0.15,
  },
  loafers: {
    top: [
      [0, 0.05],
      [0.06, 0.065],
      [0.22, 0.068],
      [0.45, 0.06],
      [0.62, 0.048],
      [0.8, 0.04],
      [0.93, 0.033],
      [1, 0.025],
    ],
    halfWidth: [
      [0, 0.022],
      [0.06, 0.035],
      [0.22, 0.038],
      [0.45, 0.041],
      [0.62, 0.044],
      [0.8, 0.041],
      [0.93, 0.031],
      [1, 0.013],
    ],
    sole: 0.013,
    shaftTop: 0.075,
  },
  pumps: {
    top: [
      [0, 0.055],
      [0.06, 0.062],
      [0.22, 0.058],
      [0.45, 0.05],
      [0.62, 0.04],
      [0.8, 0.032],
      [0.93, 0.025],
      [1, 0.017],
    ],
    halfWidth: [
      [0, 0.02],
      [0.06, 0.031],
      [0.22, 0.033],
      [0.45, 0.036],
      [0.62, 0.04],
      [0.8, 0.036],
      [0.93, 0.024],
      [1, 0.008],
    ],
    sole: 0.008,
    shaftTop: 0,
  },
};

export function addShoes(ctx: AvatarContext): void {
  for (const side of [1, -1] as const) addShoe(ctx, side);
}

function addShoe(ctx: AvatarContext, side: 1 | -1): void {
  const shape = SHAPES[ctx.spec.outfit.shoeStyle];
  const { leg } = ctx.lm;
  const x = side * leg.x * 0.92;
  const heelZ = -0.062;
  const toeZ = heelZ + leg.footLength;
  const bones = ctx.weights.foot;
  const us = range(0, 1, 14);
  const upper: TubeSection[] = us.map((u) => {
    const top = curve(shape.top, u);
    return {
      center: new Vector3(x, (top + shape.sole * 0.5) / 2, lerp(heelZ, toeZ, u)),
      radiusUp: (top - shape.sole * 0.5) / 2,
      radiusSide: curve(shape.halfWidth, u),
      squareness: 2.5,
    };
  });
  addGrid(ctx.body, tubeRings(upper, { segments: 16, up: new Vector3(0, 1, 0) }), {
    wrapColumns: true,
    color: () => ctx.palette.shoes,
    bones,
    capStart: ctx.palette.shoes,
    capEnd: ctx.palette.shoes,
  });

  const sole: TubeSection[] = us.map((u) => ({
    center: new Vector3(x, shape.sole / 2, lerp(heelZ - 0.003, toeZ + 0.003, u)),
    radiusUp: shape.sole / 2,
    radiusSide: curve(shape.halfWidth, u) + 0.004,
    squareness: 4,
  }));
  addGrid(ctx.body, tubeRings(sole, { segments: 16, up: new Vector3(0, 1, 0) }), {
    wrapColumns: true,
    color: () => ctx.palette.soles,
    bones,
    capStart: ctx.palette.soles,
    capEnd: ctx.palette.soles,
  });

  // The shaft wraps the ankle so no gap shows between shoe and trousers.
  if (shape.shaftTop === 0) return;
  const shaft: TubeSection[] = range(0.03, shape.shaftTop, 4).map((y) => ({
    center: new Vector3(x, y, -0.01),
    radiusUp: 0.046,
    radiusSide: 0.04,
  }));
  addGrid(ctx.body, tubeRings(shaft, { segments: 16, up: new Vector3(0, 0, 1) }), {
    wrapColumns: true,
    color: () => ctx.palette.shoes,
    bones,
    capEnd: ctx.palette.shoes,
  });
}
