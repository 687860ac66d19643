/** The neck: a slightly tapered tube from inside the collar up into the skull. */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { lerp, range, smoothstep } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';
import type { Landmarks } from '../proportions';

const span = (lm: Landmarks) => ({ bottomY: lm.neck.baseY - 0.05, topY: lm.head.chinY + 0.07 });

/** Centre of the neck at a height; collars wrap around this. */
export function neckCenterZ(lm: Landmarks, y: number): number {
  const { bottomY, topY } = span(lm);
  return lerp(lm.neck.baseZ - 0.01, lm.head.axisZ - 0.024, (y - bottomY) / (topY - bottomY));
}

export function addNeck(ctx: AvatarContext): void {
  const { lm } = ctx;
  const r = lm.neck.radius;
  const { bottomY, topY } = span(lm);
  const sections = range(0, 1, 9).map((u) => {
    const y = lerp(bottomY, topY, u);
    // Trapezius widens the base; the back of the neck sits further back than the throat.
    const flare = 1 + 0.45 * (1 - smoothstep(0, 0.35, u));
    return {
      center: new Vector3(0, y, neckCenterZ(lm, y)),
      radiusUp: r * (1.12 - 0.08 * u),
      radiusSide: r * flare,
    };
  });
  const rows = tubeRings(sections, { segments: 20, up: new Vector3(0, 0, 1) });
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: () => ctx.palette.skin,
    bones: ctx.weights.neck,
  });
}
