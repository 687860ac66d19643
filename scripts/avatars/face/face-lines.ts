/**
 * Thin creases: forehead lines and nasolabial folds that age a face, and the
 * vertical frown lines between the brows that appear only in anger (they have
 * zero width at rest and open up in the angry morph).
 */
import type { Color } from 'three';
import type { CustomerSpec } from '../customer-spec';
import type { FaceLayout } from '../head/head-surface';
import { scaleColor } from '../palette';
import type { FaceCanvas, FacePoint } from './face-canvas';
import type { FacePose } from './face-pose';

const LINE_OFFSET = 0.0003;
const SAMPLES = 9;

export interface LineContext {
  spec: CustomerSpec;
  face: FaceLayout;
  skinTone: (x: number, y: number) => Color;
}

/** A crease along a curve: skin, darker middle, skin; both ends fade out. */
function crease(
  canvas: FaceCanvas,
  lc: LineContext,
  path: (u: number) => { x: number; y: number },
  width: number,
  darkness: number,
): void {
  const us = Array.from({ length: SAMPLES }, (_, i) => i / (SAMPLES - 1));
  const row = (side: -1 | 0 | 1): FacePoint[] =>
    us.map((u) => {
      const p = path(u);
      const fade = Math.sin(Math.PI * u) ** 0.6;
      const y = p.y + (side * width) / 2;
      const f = side === 0 ? 1 - darkness * fade : 1;
      return { x: p.x, y, offset: LINE_OFFSET, color: scaleColor(lc.skinTone(p.x, y), f) };
    });
  canvas.grid([row(-1), row(0), row(1)]);
}

export function drawFaceLines(canvas: FaceCanvas, lc: LineContext, pose: FacePose): void {
  const age = lc.spec.face.ageLines;
  const { face } = lc;
  if (age > 0) {
    const raise = pose.browMid * 0.5 + pose.browInner * 0.3;
    const count = age > 0.6 ? 3 : 2;
    for (let k = 0; k < count; k++) {
      const y0 = face.browY + 0.017 + k * 0.0085 + raise * (1 - k * 0.2);
      const half = 0.03 - k * 0.003;
      crease(
        canvas,
        lc,
        (u) => ({ x: -half + 2 * half * u, y: y0 + 0.0015 * Math.sin(Math.PI * u) }),
        0.0013,
        0.22 * age,
      );
    }
    for (const side of [1, -1] as const) {
      const top = { x: side * 0.0165, y: face.noseTipY - 0.001 };
      const bottom = {
        x: side * (0.027 + 0.006 * (pose.mouthWidth - 1)),
        y: face.mouthY - 0.009 + pose.mouthCorner * 0.6,
      };
      crease(
        canvas,
        lc,
        (u) => ({
          x: top.x + (bottom.x - top.x) * u + side * 0.003 * Math.sin(Math.PI * u),
          y: top.y + (bottom.y - top.y) * u,
        }),
        0.0012,
        0.2 * age,
      );
    }
  }
  // Frown lines: a near-zero width at rest that the brow squeeze opens.
  for (const side of [1, -1] as const) {
    const width = pose.browSqueeze * 0.2;
    const x = side * 0.0045;
    const us = Array.from({ length: 4 }, (_, i) => i / 3);
    const column = (dx: number, dark: number): FacePoint[] =>
      us.map((u) => {
        const y = face.browY - 0.004 + u * 0.013;
        return {
          x: x + dx + side * u * 0.0015,
          y,
          offset: LINE_OFFSET,
          color: scaleColor(lc.skinTone(x, y), 1 - dark * Math.sin(Math.PI * u) ** 0.5),
        };
      });
    // Rows run left to right here, so the strip is built column-wise.
    const left = column(-width / 2, 0);
    const mid = column(0, 0.3);
    const right = column(width / 2, 0);
    canvas.grid(
      us.map((_, i) => [left[i], mid[i], right[i]].filter((p): p is FacePoint => p !== undefined)),
      { orientation: 'keep' },
    );
  }
}
