/**
 * Skin colour as a function of position on the head: flushed cheeks, slightly
 * darker lids, stubble shadow and a buzz cut are soft vertex-colour gradients,
 * which is exactly how they look from a metre away. The face mesh asks the same
 * function so its edges melt into the head.
 */
import type { Color, Vector3 } from 'three';
import type { CustomerSpec } from '../customer-spec';
import { bump, smoothstep } from '../geometry/math';
import { linear, mixColors, type Palette, scaleColor } from '../palette';
import { hairlineT } from './hairline';
import type { HeadSurface } from './head-surface';

const FLUSH = linear('#c8685c');

export function createSkinTone(spec: CustomerSpec, palette: Palette, head: HeadSurface): (p: Vector3) => Color {
  const { face, lm } = head;
  const buzzLine = spec.hair.style === 'buzz' ? hairlineT(head, { recede: 0.004, sideburns: true }) : null;
  const flushAmount = spec.face.cheekFlush;
  const stubble = spec.face.stubble;

  return (p) => {
    let c = palette.skin.clone();
    const front = smoothstep(lm.axisZ - 0.01, lm.axisZ + 0.05, p.z);
    const ax = Math.abs(p.x);
    const cheeks = bump(ax, 0.047, 0.018) * bump(p.y, face.eyeY - 0.032, 0.016);
    const noseTip = bump(p.x, 0, 0.012) * bump(p.y, face.noseTipY, 0.01);
    c = mixColors(c, FLUSH, (flushAmount * 0.35 * cheeks + flushAmount * 0.2 * noseTip) * front);
    const underEye = bump(ax, face.eyeSpacing, 0.014) * bump(p.y, face.eyeY - 0.014, 0.006);
    c = scaleColor(c, 1 - 0.08 * underEye * front);

    if (stubble > 0) {
      const lowerFace = 1 - smoothstep(face.noseBaseY - 0.008, face.noseBaseY + 0.002, p.y);
      const sideburn = smoothstep(0.055, 0.068, ax) * (1 - smoothstep(face.eyeY - 0.01, face.eyeY + 0.005, p.y));
      const onFace = smoothstep(lm.axisZ - 0.035, lm.axisZ - 0.005, p.z);
      const mask = Math.min(1, lowerFace + sideburn) * onFace;
      c = mixColors(c, palette.hair, stubble * 0.5 * mask);
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
