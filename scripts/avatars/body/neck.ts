/** The neck: a slightly tapered tube from inside the collar up into the skull. */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { lerp, range, smoothstep } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';

export function addNeck(ctx: AvatarContext): void {
  const { lm } = ctx;
  const r = lm.neck.radius;
  const bottomY = lm.neck.baseY - 0.05;
  const topY = lm.head.chinY + 0.07;
  const sections = range(0, 1, 9).map((u) => {
    const y = lerp(bottomY, topY, u);
    // Trapezius widens the base; the back of the neck sits further back than the throat.
    const flare = 1 + 0.35 * (1 - smoothstep(0, 0.3, u));
    return {
      center: new Vector3(0, y, lerp(lm.neck.baseZ - 0.004, lm.head.axisZ - 0.022, u)),
      radiusUp: r * 1.06 * flare,
      radiusSide: r * (1 + 0.5 * (flare - 1)),
    };
  });
  const rows = tubeRings(sections, { segments: 20, up: new Vector3(0, 0, 1) });
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: () => ctx.palette.skin,
    bones: ctx.weights.neck,
  });
}
