/**
 * Eyebrows: tapered strips with a soft skin-coloured fringe. Their inner, middle
 * and outer parts follow the pose, which is what makes anger (inner ends down
 * and together), sadness (inner ends up) and surprise (all up) legible.
 */
import type { Color } from 'three';
import type { CustomerSpec } from '../customer-spec';
import { curve, type Key } from '../geometry/math';
import type { FaceLayout } from '../head/head-surface';
import { mixColors } from '../palette';
import type { FaceCanvas, FacePoint } from './face-canvas';
import type { FacePose } from './face-pose';

const SAMPLES = 10;
const BROW_OFFSET = 0.0018;
const FRINGE_OFFSET = 0.00025;

export interface BrowContext {
  spec: CustomerSpec;
  face: FaceLayout;
  color: Color;
  skinTone: (x: number, y: number) => Color;
}

export function drawBrows(canvas: FaceCanvas, bc: BrowContext, pose: FacePose): void {
  const female = bc.spec.sex === 'female';
  const thickness = bc.spec.face.browThickness;
  const profile: Key[] = female
    ? [
        [0, 0.6],
        [0.2, 0.9],
        [0.6, 0.62],
        [0.9, 0.3],
        [1, 0.08],
      ]
    : [
        [0, 0.7],
        [0.2, 1],
        [0.6, 0.82],
        [0.9, 0.45],
        [1, 0.12],
      ];
  for (const side of [1, -1] as const) {
    const columns = Array.from({ length: SAMPLES }, (_, i) => i / (SAMPLES - 1));
    const centre = columns.map((u) => {
      const arch = female
        ? 0.0045 * Math.sin(Math.PI * u ** 0.75) - 0.003 * u ** 3
        : 0.0024 * Math.sin(Math.PI * u ** 0.9);
      const y =
        bc.face.browY + arch + pose.browInner * (1 - u) ** 2 + pose.browMid * 2 * u * (1 - u) + pose.browOuter * u * u;
      const x = side * (bc.face.eyeSpacing - 0.0135 + u * 0.036 - pose.browSqueeze * (1 - u) ** 2);
      return { x, y, th: thickness * curve(profile, u), u };
    });
    // The inner start and the tail fade into the skin instead of ending square.
    const browColor = (u: number, x: number, y: number): Color =>
      mixColors(bc.color, bc.skinTone(x, y), u < 0.08 ? 0.45 : u > 0.95 ? 0.35 : 0);
    const row = (lift: number, extra: number, offset: number, inBrow: boolean): FacePoint[] =>
      centre.map(({ x, y, th, u }) => {
        const py = y + th * lift + extra;
        return { x, y: py, offset, color: inBrow ? browColor(u, x, py) : bc.skinTone(x, py) };
      });
    canvas.grid([
      row(-0.45, -0.0016, FRINGE_OFFSET, false),
      row(-0.45, 0, BROW_OFFSET, true),
      row(0.05, 0, BROW_OFFSET, true),
      row(0.55, 0, BROW_OFFSET, true),
      row(0.55, 0.0016, FRINGE_OFFSET, false),
    ]);
  }
}
