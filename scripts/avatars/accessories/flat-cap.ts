/**
 * A flat cap: a soft crown that widens over the skull, lies flat on top and
 * is pulled forward onto a short stiff brim. It sits on the band line that
 * the under-cap hair also uses.
 */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { lerp, range, smoothstep } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { capBottomT } from '../hair/hair-styles';
import { scaleColor } from '../palette';

const COLUMNS = 40;

export function addFlatCap(ctx: AvatarContext): void {
  const { head, palette } = ctx;
  const band = capBottomT(ctx);
  const bones = ctx.weights.rigid('head');
  const angles = Array.from({ length: COLUMNS }, (_, j) => -Math.PI + (2 * Math.PI * j) / COLUMNS);
  const axis = head.lm.axisZ;
  const topY = head.lm.crownY + 0.014;
  const shell = (s: number, a: number, lift: number): Vector3 => {
    const t = lerp(band(a), 1, s);
    const skull = head.point(t, a);
    const p = skull.clone().addScaledVector(head.normal(t, a), 0.007 + lift);
    // Puff the crown outwards, more at the front where it overhangs the brim.
    const front = Math.max(0, Math.cos(a));
    const puff = smoothstep(0.1, 0.75, s) * (1 - smoothstep(0.85, 1, s) * 0.4);
    const radial = new Vector3(p.x, 0, p.z - axis);
    p.addScaledVector(radial.normalize(), puff * (0.012 + 0.03 * front));
    // A flat top, tilted slightly down towards the peak.
    const plane = topY - 0.028 * Math.max(0, (p.z - axis) / head.lm.frontDepth);
    p.y = Math.max(Math.min(p.y + 0.02 * s, plane), skull.y + 0.006);
    return p;
  };
  const ss = range(0, 1, 12);
  // A faint woven check reads as tweed.
  const tweed = (j: number, i: number) => scaleColor(palette.cap, 0.9 + 0.1 * Math.cos(j * 2.1) * Math.cos(i * 1.7));
  addGrid(ctx.body, [angles.map((a) => shell(0, a, -0.009)), ...ss.map((s) => angles.map((a) => shell(s, a, 0)))], {
    wrapColumns: true,
    color: (i, j) => tweed(j, i),
    bones,
  });

  // Brim: a stiff half-ring under the front of the crown, as a thin closed strip.
  const brimAngles = range(-1.15, 1.15, 17);
  const edge = (a: number, out: number, down: number) => {
    const p = shell(0, a, 0);
    const reach = out * Math.cos(a) ** 0.6;
    return p.add(new Vector3(Math.sin(a) * reach * 0.4, -down - (0.01 * reach) / 0.06, Math.cos(a) * reach));
  };
  const brim = [
    brimAngles.map((a) => edge(a, -0.004, 0.003)),
    brimAngles.map((a) => edge(a, 0.06, 0.003)),
    brimAngles.map((a) => edge(a, 0.06, -0.001)),
    brimAngles.map((a) => edge(a, -0.004, -0.002)),
  ];
  addGrid(ctx.body, brim, { color: () => scaleColor(palette.cap, 0.8), bones, wrapRows: true });
}
