/**
 * Legs from inside the pelvis to the trouser hem (or, under a skirt, down into
 * the shoe in tights). Loose trousers hide the calf; tights show it.
 */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { curve, type Key, lerp, range } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';
import { scaleColor } from '../palette';

export function addLegs(ctx: AvatarContext): void {
  for (const side of [1, -1] as const) addLeg(ctx, side);
}

function addLeg(ctx: AvatarContext, side: 1 | -1): void {
  const { leg } = ctx.lm;
  const tights = ctx.spec.outfit.legs === 'skirt';
  const g = leg.girth;
  const top = leg.hipJointY + 0.03;
  const bottom = tights ? leg.ankleY - 0.02 : 0.052;
  const knee = leg.kneeY;
  // Half-widths (sideways, front-back) by height; trousers stay loose below the knee.
  const side_: Key[] = tights
    ? [
        [bottom, 0.027],
        [leg.ankleY + 0.04, 0.029],
        [knee - 0.13, 0.05],
        [knee, 0.047],
        [(knee + top) / 2, 0.068],
        [top - 0.06, 0.08],
        [top, 0.07],
      ]
    : [
        [bottom, 0.05],
        [leg.ankleY + 0.06, 0.048],
        [knee - 0.13, 0.054],
        [knee, 0.055],
        [(knee + top) / 2, 0.071],
        [top - 0.06, 0.082],
        [top, 0.072],
      ];
  const depth: Key[] = tights
    ? [
        [bottom, 0.032],
        [leg.ankleY + 0.04, 0.033],
        [knee - 0.13, 0.055],
        [knee, 0.049],
        [(knee + top) / 2, 0.07],
        [top - 0.06, 0.082],
        [top, 0.072],
      ]
    : [
        [bottom, 0.054],
        [leg.ankleY + 0.06, 0.05],
        [knee - 0.13, 0.058],
        [knee, 0.057],
        [(knee + top) / 2, 0.074],
        [top - 0.06, 0.085],
        [top, 0.075],
      ];
  const ys = range(top, bottom, 22);
  const xAt = (y: number): number => {
    // Thighs converge to the knees, shins drop nearly straight.
    if (y > knee) return lerp(leg.x * 0.86, leg.x, (y - knee) / (top - knee));
    return lerp(leg.x * 0.86, leg.x * 0.9, (knee - y) / (knee - bottom));
  };
  const sections = ys.map((y) => ({
    center: new Vector3(side * xAt(y), y, tights ? -0.006 * Math.exp(-(((y - knee + 0.13) / 0.08) ** 2)) : 0),
    radiusUp: curve(depth, y) * g,
    radiusSide: curve(side_, y) * g,
  }));
  const color = tights ? ctx.palette.tights : ctx.palette.legs;
  addGrid(ctx.body, tubeRings(sections, { segments: 18, up: new Vector3(0, 0, 1) }), {
    wrapColumns: true,
    color: () => color,
    bones: ctx.weights.leg,
    capEnd: scaleColor(color, 0.3),
  });
}
