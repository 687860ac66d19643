/**
 * A pencil skirt: follows the hips like the torso, then narrows in a smooth
 * hull around both thighs down to just above the knee.
 */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { TORSO_COLUMNS } from '../body/torso';
import { lerp, range, smoothstep } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { scaleColor } from '../palette';

export function addSkirt(ctx: AvatarContext): void {
  const { lm, torso, palette } = ctx;
  const top = lm.torso.waistY + 0.015;
  const hip = lm.torso.hipJointY;
  const hem = lm.leg.kneeY + 0.06;
  const offset = 0.01;
  const hemHalfWidth = lm.leg.x * 0.9 + 0.062 * lm.leg.girth;
  const angles = Array.from({ length: TORSO_COLUMNS }, (_, j) => (2 * Math.PI * j) / TORSO_COLUMNS);
  const rows = range(top, hem, 22).map((y) =>
    angles.map((a) => {
      if (y >= hip) return torso.point(y, a, offset);
      // Below the hip joints keep the hip ring's shape and taper it towards the hem.
      const ring = torso.point(hip, a, offset);
      const u = smoothstep(hip, hem, y);
      const scaleX = lerp(1, hemHalfWidth / Math.max(0.01, torso.halfWidthAt(hip) + offset), u);
      const z0 = -0.005;
      return new Vector3(ring.x * scaleX, y, z0 + (ring.z - z0) * lerp(1, 0.88, u));
    }),
  );
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: () => palette.legs,
    bones: ctx.weights.skirt,
    capEnd: scaleColor(palette.legs, 0.3),
  });
}
