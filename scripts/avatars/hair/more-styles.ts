/**
 * Hair styles of the second set of customers: shoulder-length curls, a side
 * parting, short curls (tight, or set and full for an older woman) and box
 * braids tied back. Curls are bumps in the shell's thickness and a little
 * shading in the hollows: from a metre away that reads as curly hair.
 */
import { CatmullRomCurve3, type Color, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { lerp, range, smoothstep } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';
import { hairlineT } from '../head/hairline';
import { scaleColor } from '../palette';
import { addHairShell, strandColor } from './hair-shell';

/** 0..1 curl pattern over the shell, deterministic and irregular enough not to look like a grid. */
function curl(s: number, a: number, density: number): number {
  const u = Math.sin(a * density + 2.1 * Math.sin(s * 9.3)) * Math.sin(s * density * 0.9 + 1.7 * Math.sin(a * 4.1));
  return 0.5 + 0.5 * u;
}

function curlyColor(ctx: AvatarContext, density: number) {
  return (s: number, a: number): Color =>
    scaleColor(strandColor(ctx.palette.hair, s, a), 0.78 + 0.3 * curl(s, a, density));
}

export function curlyShoulder(ctx: AvatarContext): void {
  const { head } = ctx;
  const front = hairlineT(head, { recede: 0, sideburns: false, frontDrop: 0.008, sideDrop: 0.012 });
  const bottom = -0.3;
  const density = 15;
  addHairShell(ctx, {
    angles: [-Math.PI, Math.PI],
    columns: 56,
    rows: 20,
    edgeT: (a) => {
      const toSide = smoothstep(0.85, 1.35, Math.abs(a));
      return lerp(front(a), bottom + 0.04 * Math.cos(a / 2) ** 2, toSide);
    },
    thickness: (s, a) => 0.013 + 0.01 * smoothstep(0.1, 0.7, s) + 0.007 * curl(s, a, density),
    hangBelowT: head.tAt(head.face.eyeY + 0.02),
    curtain: 0.016,
    flare: 0.35,
    color: curlyColor(ctx, density),
    inner: 'full',
  });
}

export function sideParting(ctx: AvatarContext): void {
  const { head } = ctx;
  const base = hairlineT(head, { recede: 0.004, sideburns: true, frontDrop: 0.004 });
  // The parting runs back from above the avatar's left eyebrow; the hair sweeps to the other side.
  const partA = 0.55;
  addHairShell(ctx, {
    angles: [-Math.PI, Math.PI],
    columns: 48,
    rows: 14,
    edgeT: (a) => base(a) - 0.02 * Math.exp(-(((a + 0.3) / 0.45) ** 2)),
    thickness: (s, a) => {
      const away = Math.min(1, Math.abs(a - partA) / 0.25);
      const swept = a < partA ? 1.25 : 0.9;
      return 0.0025 + 0.011 * smoothstep(0, 0.45, s) * swept * (0.35 + 0.65 * away) * (s < 0.88 ? 1 : 0.9);
    },
    color: (s, a) => {
      const line = s > 0.12 && s < 0.8 ? Math.exp(-(((a - partA) / 0.04) ** 2)) : 0;
      return scaleColor(strandColor(ctx.palette.hair, s, a), 1 - 0.55 * line);
    },
    inner: 'rim',
  });
}

/** Short curls: tight and close (`full` = 0) or set, rounded and full (`full` = 1). */
export function shortCurls(ctx: AvatarContext, full: number): void {
  const { head } = ctx;
  const base = hairlineT(head, {
    recede: full > 0 ? 0 : 0.003,
    sideburns: full === 0,
    frontDrop: full * 0.006,
    sideDrop: full * 0.012,
  });
  const density = lerp(26, 17, full);
  addHairShell(ctx, {
    angles: [-Math.PI, Math.PI],
    columns: 60,
    rows: 16,
    edgeT: base,
    thickness: (s, a) =>
      lerp(0.004, 0.008, full) +
      lerp(0.01, 0.024, full) * smoothstep(0, 0.5, s) * (full > 0 ? 1 - 0.25 * s ** 3 : 1) +
      lerp(0.004, 0.008, full) * curl(s, a, density) * smoothstep(0, 0.15, s),
    color: curlyColor(ctx, density),
    inner: 'rim',
  });
}

export function braidsTied(ctx: AvatarContext): void {
  const { head, torso, lm } = ctx;
  const base = hairlineT(head, { recede: 0, sideburns: false, frontDrop: 0.002 });
  const braids = 38;
  // Braids run from the hairline back to the tie: dark grooves between them.
  const braided = (s: number, a: number): Color => {
    const groove = Math.abs(Math.cos((a * braids) / 2));
    return scaleColor(strandColor(ctx.palette.hair, 0.5 + 0.5 * s, a), 0.55 + 0.6 * groove);
  };
  addHairShell(ctx, {
    angles: [-Math.PI, Math.PI],
    columns: 76,
    rows: 12,
    edgeT: base,
    thickness: (s, a) => 0.004 + 0.006 * smoothstep(0, 0.4, s) + 0.002 * Math.abs(Math.cos((a * braids) / 2)),
    color: braided,
    inner: 'rim',
  });
  // The braids gathered at the back of the head and hanging down between the shoulder blades.
  const startT = 0.5;
  const start = head.point(startT, Math.PI).addScaledVector(head.normal(startT, Math.PI), 0.006);
  const path = new CatmullRomCurve3([
    start,
    new Vector3(0, start.y - 0.07, start.z - 0.03),
    torso.point(lm.neck.baseY - 0.02, Math.PI, 0.035),
    torso.point(lm.torso.armpitY, Math.PI, 0.035),
    torso.point(lm.torso.chestY - 0.02, Math.PI, 0.03),
  ]);
  const us = range(0, 1, 22);
  const radius = (u: number) => (u < 0.06 ? lerp(0.022, 0.032, u / 0.06) : 0.032 * (1 - u) ** 0.4 + 0.006);
  const sections = us.map((u) => ({
    center: path.getPoint(u),
    radiusUp: radius(u) * 0.7,
    radiusSide: radius(u),
    // Lumpy outline: separate braids bundled together.
    shape: (angle: number) => 1 + 0.12 * Math.abs(Math.cos(angle * 4)),
  }));
  const tailBones = (_p: Vector3, row: number) => {
    const k = smoothstep(0.15, 0.45, us[row] ?? 0);
    return [
      ['head', 1 - k],
      ['upperChest', k],
    ] as const;
  };
  addGrid(ctx.body, tubeRings(sections, { segments: 16, up: new Vector3(0, 0, -1) }), {
    wrapColumns: true,
    // Plaited: light and dark crossing bands along each braid.
    color: (i, j) => scaleColor(ctx.palette.hair, (j % 2 === 0 ? 1.25 : 0.65) * (i % 2 === 0 ? 1.1 : 0.9)),
    bones: tailBones,
    capEnd: ctx.palette.hair,
  });
  const tie = path.getPoint(0.07);
  const tangent = path.getTangent(0.07);
  const side = new Vector3(1, 0, 0);
  const up = new Vector3().crossVectors(side, tangent).normalize();
  const ring = range(0, 1, 15)
    .slice(0, -1)
    .map((u) => ({
      center: tie
        .clone()
        .addScaledVector(side, Math.cos(2 * Math.PI * u) * 0.033)
        .addScaledVector(up, Math.sin(2 * Math.PI * u) * 0.024),
      radiusUp: 0.006,
      radiusSide: 0.006,
    }));
  addGrid(ctx.body, tubeRings(ring, { segments: 8, up: tangent, closedPath: true }), {
    wrapColumns: true,
    wrapRows: true,
    color: () => scaleColor(ctx.palette.under, 0.8),
    bones: ctx.weights.rigid('head'),
  });
}
