/**
 * Skull, ears and nose: skin-coloured, rigid on the head bone, part of the body
 * primitive. The moving features (eyes, brows, mouth) live in the face mesh.
 */
import { type Color, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { curve, type Key, range } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';
import { mixColors, scaleColor } from '../palette';

const HEAD_ROWS = 40;
const HEAD_COLUMNS = 44;

export function addHead(ctx: AvatarContext, skinTone: (p: Vector3) => Color): void {
  const { head } = ctx;
  const bones = ctx.weights.rigid('head');
  const ts = range(0, 1, HEAD_ROWS);
  const angle = (j: number) => -Math.PI + (2 * Math.PI * j) / HEAD_COLUMNS;
  const rows = ts.map((t) => Array.from({ length: HEAD_COLUMNS }, (_, j) => head.point(t, angle(j))));
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: (_i, _j, p) => skinTone(p),
    bones,
    capStart: skinTone(head.point(0, 0)),
    // The crown pole keeps its averaged normal; everywhere else the exact one.
    normalAt: (i, j) => ((ts[i] ?? 0) > 0.995 ? new Vector3(0, 1, 0) : head.normal(ts[i] ?? 0, angle(j))),
  });
  addEar(ctx, 1, skinTone);
  addEar(ctx, -1, skinTone);
  addNose(ctx, skinTone);
}

function addEar(ctx: AvatarContext, side: 1 | -1, skinTone: (p: Vector3) => Color): void {
  const { head, spec } = ctx;
  const { face, lm } = head;
  const size = (lm.height / 0.232) * (1 + Math.max(0, spec.age - 50) * 0.003);
  const height = 0.062 * size;
  const centerY = face.eyeY - 0.013;
  const t = head.tAt(centerY);
  const rootX = Math.abs(head.point(t, (side * Math.PI) / 2).x) - 0.004;
  // Ears lean back about 15° and stand off the skull towards their rim.
  const up = new Vector3(0, Math.cos(0.26), -Math.sin(0.26));
  const widths: Key[] = [
    [0, 0.3],
    [0.15, 0.72],
    [0.4, 0.82],
    [0.65, 1],
    [0.85, 0.92],
    [1, 0.35],
  ];
  const sections = range(0, 1, 9).map((u) => ({
    center: new Vector3(side * (rootX + 0.004 + 0.006 * u), centerY, lm.axisZ - 0.008 - 0.006 * u).addScaledVector(
      up,
      (u - 0.5) * height,
    ),
    radiusUp: 0.0175 * size * curve(widths, u),
    radiusSide: 0.0055 * size,
  }));
  const rows = tubeRings(sections, { segments: 12, up: new Vector3(0, 0, 1) });
  const earTone = (p: Vector3): Color => mixColors(skinTone(p), scaleColor(skinTone(p), 0.8), 0.5);
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: (_i, _j, p) => earTone(p),
    bones: ctx.weights.rigid('head'),
    capStart: earTone(sections[0]?.center ?? new Vector3()),
    capEnd: earTone(sections[0]?.center ?? new Vector3()),
  });
}

interface NoseRow {
  y: number;
  halfWidth: number;
  protrusion: number;
}

function addNose(ctx: AvatarContext, skinTone: (p: Vector3) => Color): void {
  const { head, spec } = ctx;
  const { face } = head;
  const w = spec.face.noseWidth / 0.03;
  const tip = face.noseTipY;
  // The bridge rises out of the brow ridge with no protrusion, so it has no visible top edge.
  const noseRows: NoseRow[] = [
    { y: face.browY - 0.004, halfWidth: 0.009, protrusion: -0.0012 },
    { y: face.eyeY + 0.002, halfWidth: 0.0078, protrusion: 0.0012 },
    { y: face.eyeY - 0.008, halfWidth: 0.0074, protrusion: 0.0042 },
    { y: (face.eyeY + tip) / 2, halfWidth: 0.0082, protrusion: 0.0078 },
    { y: tip + 0.011, halfWidth: 0.0095 * w, protrusion: 0.0125 },
    { y: tip + 0.004, halfWidth: 0.0122 * w, protrusion: 0.0162 },
    { y: tip - 0.002, halfWidth: 0.0145 * w, protrusion: 0.0152 },
    { y: tip - 0.0062, halfWidth: 0.014 * w, protrusion: 0.009 },
    { y: face.noseBaseY, halfWidth: 0.0105 * w, protrusion: 0.0008 },
  ];
  // Angles run a little past ±90° so both flanks end buried in the face.
  const angles = range(-1.85, 1.85, 13);
  const rows = noseRows.map((row) =>
    angles.map((a) => {
      const x = row.halfWidth * Math.sin(Math.max(-Math.PI / 2, Math.min(Math.PI / 2, a)));
      const surface = head.project(x, row.y, -0.0015);
      return surface.add(new Vector3(0, 0, row.protrusion * Math.cos(a)));
    }),
  );
  const last = noseRows.length - 1;
  addGrid(ctx.body, rows, {
    color: (i, j, p) => {
      // The underside at the wings reads as nostrils.
      const a = Math.abs(angles[j] ?? 0);
      const nostril = i >= last - 1 && a > 0.35 && a < 1.3 ? 0.55 : 1;
      return scaleColor(skinTone(p), i === last - 1 ? nostril : 1);
    },
    bones: ctx.weights.rigid('head'),
  });
}
