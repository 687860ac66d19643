/**
 * The part of a long coat below the torso surface: continues the garment's
 * hip ring straight down over both thighs, open at the front, to a hem above
 * the knee or at it. Weighted like a skirt so it follows the legs' swing.
 */
import { type Color, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { TORSO_COLUMNS } from '../body/torso';
import { lerp, range, smoothstep } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { scaleColor } from '../palette';

export interface CoatTailOptions {
  /** Where the tails start (inside the coat's shell). */
  fromY: number;
  hemY: number;
  /** Fabric distance from the body at the hip ring. */
  offset: number;
  /** Half-angle of the front opening. */
  frontGap: number;
  color: Color;
}

export function addCoatTails(ctx: AvatarContext, o: CoatTailOptions): void {
  const { lm, torso } = ctx;
  const hip = lm.torso.hipJointY;
  const columns = TORSO_COLUMNS + 1;
  const angles = range(o.frontGap, 2 * Math.PI - o.frontGap, columns);
  const rows = range(o.fromY, o.hemY, 16).map((y) =>
    angles.map((a) => {
      if (y >= hip) return torso.drape(y, a, o.offset);
      const ring = torso.drape(hip, a, o.offset);
      const u = smoothstep(hip, o.hemY, y);
      // The hip ring hangs straight down, flaring a little towards the hem as a coat falls.
      const flare = 1 + 0.1 * u;
      return new Vector3(ring.x * flare, y, lerp(ring.z, ring.z * flare, u));
    }),
  );
  addGrid(ctx.body, rows, {
    color: (i) => (i === rows.length - 1 ? scaleColor(o.color, 0.8) : o.color),
    bones: ctx.weights.skirt,
  });
}
