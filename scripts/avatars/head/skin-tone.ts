/**
 * Skin colour as a function of position on the head: flushed cheeks, slightly
 * darker lids, stubble shadow and a buzz cut are soft vertex-colour gradients,
 * which is exactly how they look from a metre away. The face mesh asks the same
 * function so its edges melt into the head.
 */
import type { Color, Vector3 } from 'three';
import type { CustomerSpec } from '../customer-spec';
import { bump, smoothstep } from '../geometry/math';
import { linear, mixColors, type Palette } from '../palette';
import { hairlineT } from './hairline';
import type { HeadSurface } from './head-surface';

const FLUSH = linear('#c8685c');

export function createSkinTone(spec: CustomerSpec, palette: Palette, head: HeadSurface): (p: Vector3) => Color {
  const { face, lm } = head;
  const buzzLine = spec.hair.style === 'buzz' ? hairlineT(head, { recede: 0.004, sideburns: true }) : null;
  const flushAmount = spec.face.cheekFlush;
  const stubble = spec.face.stubble;
  const freckles = spec.face.freckles ?? 0;
  const freckleColor = mixColors(palette.skin, linear('#b8683a'), 0.45);

  return (p) => {
    let c = palette.skin.clone();
    const front = smoothstep(lm.axisZ - 0.01, lm.axisZ + 0.05, p.z);
    const ax = Math.abs(p.x);
    // Broad gradients only: the head mesh samples them coarsely, the face mesh finely.
    const cheeks = bump(ax, 0.048, 0.024) * bump(p.y, face.eyeY - 0.034, 0.02);
    const noseTip = bump(p.x, 0, 0.016) * bump(p.y, face.noseTipY, 0.014);
    c = mixColors(c, FLUSH, (flushAmount * 0.35 * cheeks + flushAmount * 0.2 * noseTip) * front);

    if (stubble > 0) {
      // The beard line runs from the sideburns diagonally down to beside the mouth.
      const line =
        face.noseBaseY - 0.006 + (face.eyeY - 0.012 - (face.noseBaseY - 0.006)) * smoothstep(0.02, 0.068, ax);
      const below = 1 - smoothstep(line - 0.014, line + 0.004, p.y);
      const onFace = smoothstep(lm.axisZ - 0.035, lm.axisZ - 0.005, p.z);
      c = mixColors(c, palette.hair, stubble * 0.32 * below * onFace);
    }
    if (freckles > 0) {
      // A scatter over nose and cheeks: interfering waves give irregular dots without randomness.
      const area = bump(p.y, face.eyeY - 0.026, 0.018) * bump(ax, 0.03, 0.035) * front;
      const dots = Math.sin(p.x * 1900 + 1.3) * Math.sin(p.y * 2300) * Math.sin((p.x + p.y) * 1500 + 0.7);
      c = mixColors(c, freckleColor, freckles * area * smoothstep(0.3, 0.6, dots));
    }
    if (buzzLine) {
      const t = head.tAt(p.y);
      const angle = Math.atan2(p.x, p.z - lm.axisZ);
      const scalp = smoothstep(buzzLine(angle) - 0.015, buzzLine(angle) + 0.02, t);
      c = mixColors(c, palette.hair, 0.6 * scalp);
    }
    return c;
  };
}
