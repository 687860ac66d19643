/**
 * A full moustache: a rounded pad over the upper lip that tapers to points
 * drooping past the mouth corners.
 */
import type { AvatarContext } from '../avatar-context';
import { range } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { strandColor } from '../hair/hair-shell';

export function addMoustache(ctx: AvatarContext): void {
  const { head, palette } = ctx;
  const { face } = head;
  const half = 0.03;
  const xs = range(-half, half, 17);
  // Centre line sags towards the ends; height tapers to a point there.
  const middle = (x: number) => (face.noseBaseY + face.mouthY) / 2 + 0.0008 - 0.0065 * Math.abs(x / half) ** 2.2;
  const height = (x: number) => 0.0115 * (1 - Math.abs(x / half) ** 2.5) ** 0.6 + 0.0008;
  const vs = range(0, 1, 6);
  const rows = vs.map((v) =>
    xs.map((x) => {
      const u = Math.abs(x / half);
      const y = middle(x) + (v - 0.45) * height(x);
      const bulk = 0.0021 + 0.0055 * Math.sin(Math.PI * v) ** 0.7 * (1 - u * u) ** 0.5;
      return head.project(x, y, bulk);
    }),
  );
  addGrid(ctx.body, rows, {
    color: (i, j) => strandColor(palette.moustache, 0.45 + 0.12 * i, j * 1.3),
    bones: ctx.weights.rigid('head'),
    orientation: 'keep',
  });
}
