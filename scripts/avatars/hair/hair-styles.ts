/**
 * The hair styles the customers need, from a cropped cap to a chin-length bob.
 * Each is a hair shell with its own edge and thickness; the ponytail adds a
 * tube. A buzz cut is only painted (head/skin-tone.ts).
 */
import { CatmullRomCurve3, Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import type { HAIR_STYLES } from '../customer-spec';
import { lerp, range, smoothstep } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';
import { hairlineT } from '../head/hairline';
import { linear, scaleColor } from '../palette';
import { addHairShell, strandColor } from './hair-shell';
import { braidsTied, curlyShoulder, shortCurls, sideParting } from './more-styles';

/** One builder per style; a buzz cut is only painted (head/skin-tone.ts). */
const HAIR_BUILDERS: Record<HairStyle, (ctx: AvatarContext) => void> = {
  short: (ctx) => shortCrop(ctx),
  ponytail: (ctx) => ponytail(ctx),
  bob: (ctx) => bob(ctx),
  'bald-sides': (ctx) => sideFringe(ctx, 1.08, null),
  'under-cap': (ctx) => sideFringe(ctx, 1.2, capBottomT(ctx)),
  buzz: () => {},
  'curly-shoulder': (ctx) => curlyShoulder(ctx),
  'side-parting': (ctx) => sideParting(ctx),
  'short-curls': (ctx) => shortCurls(ctx, 0),
  'set-curls': (ctx) => shortCurls(ctx, 1),
  'braids-tied': (ctx) => braidsTied(ctx),
};

export function addHair(ctx: AvatarContext): void {
  HAIR_BUILDERS[ctx.spec.hair.style](ctx);
}

type HairStyle = (typeof HAIR_STYLES)[number];

const colorOf = (ctx: AvatarContext) => (s: number, a: number) => strandColor(ctx.palette.hair, s, a);

function shortCrop(ctx: AvatarContext): void {
  const recede = ctx.spec.age > 45 ? 0.012 : 0.004;
  addHairShell(ctx, {
    angles: [-Math.PI, Math.PI],
    columns: 44,
    rows: 12,
    edgeT: hairlineT(ctx.head, { recede, sideburns: true }),
    thickness: (s, a) => 0.0022 + 0.0085 * smoothstep(0, 0.55, s) * (0.75 + 0.25 * Math.cos(a / 2) ** 2),
    color: colorOf(ctx),
    inner: 'rim',
  });
}

function ponytail(ctx: AvatarContext): void {
  const { head, torso, lm } = ctx;
  // Side parting: the hair sweeps over the forehead towards the avatar's left.
  const base = hairlineT(head, { recede: 0, sideburns: false, frontDrop: 0.006, sideDrop: 0.016 });
  addHairShell(ctx, {
    angles: [-Math.PI, Math.PI],
    columns: 44,
    rows: 14,
    edgeT: (a) => base(a) - 0.035 * Math.exp(-(((a - 0.4) / 0.38) ** 2)),
    thickness: (s) => 0.005 + 0.0095 * smoothstep(0, 0.45, s),
    color: colorOf(ctx),
    inner: 'rim',
  });
  // A low ponytail brought forward over the left shoulder: long hair a trainee sees from the front.
  const startT = 0.4;
  const startA = 2.05;
  const start = head.point(startT, startA).addScaledVector(head.normal(startT, startA), 0.004);
  const path = new CatmullRomCurve3([
    start,
    new Vector3(0.088, lm.neck.baseY + 0.03, lm.neck.baseZ - 0.035),
    torso.point(lm.torso.neckBaseY - 0.012, 0.95, 0.03),
    torso.point(lm.torso.armpitY, 0.5, 0.028),
    torso.point(lm.torso.bustY - 0.02, 0.42, 0.026),
  ]);
  const radius = (u: number) => (u < 0.07 ? lerp(0.015, 0.023, u / 0.07) : 0.023 * (1 - u) ** 0.55 + 0.003);
  const us = range(0, 1, 20);
  const sections = us.map((u) => ({ center: path.getPoint(u), radiusUp: radius(u) * 0.75, radiusSide: radius(u) }));
  // The tail leaves the head and rests on the chest, so its weight slides from head to upper chest.
  const tailBones = (_p: Vector3, row: number) => {
    const k = smoothstep(0.22, 0.55, us[row] ?? 0);
    return [
      ['head', 1 - k],
      ['upperChest', k],
    ] as const;
  };
  addGrid(ctx.body, tubeRings(sections, { segments: 12, up: new Vector3(0, 0, 1) }), {
    wrapColumns: true,
    color: (i, j) => strandColor(ctx.palette.hair, 0.55 - i / 60, j * 0.5),
    bones: tailBones,
    capEnd: ctx.palette.hair,
  });
  // A dark hair tie where the tail is gathered.
  const tieAt = 0.05;
  const tieCenter = path.getPoint(tieAt);
  const tangent = path.getTangent(tieAt);
  const side = new Vector3().crossVectors(tangent, new Vector3(0, 0, 1)).normalize();
  const up = new Vector3().crossVectors(side, tangent).normalize();
  const tie = range(0, 1, 15)
    .slice(0, -1)
    .map((u) => ({
      center: tieCenter
        .clone()
        .addScaledVector(side, Math.cos(2 * Math.PI * u) * 0.019)
        .addScaledVector(up, Math.sin(2 * Math.PI * u) * 0.016),
      radiusUp: 0.0055,
      radiusSide: 0.0055,
    }));
  addGrid(ctx.body, tubeRings(tie, { segments: 8, up: tangent, closedPath: true }), {
    wrapColumns: true,
    wrapRows: true,
    color: () => linear('#3b2a2f'),
    bones: ctx.weights.rigid('head'),
  });
}

function bob(ctx: AvatarContext): void {
  const { head } = ctx;
  const front = hairlineT(head, { recede: 0, sideburns: false, frontDrop: 0.004, sideDrop: 0.01 });
  const bottom = head.tAt(head.lm.chinY + 0.018);
  addHairShell(ctx, {
    angles: [-Math.PI, Math.PI],
    columns: 42,
    rows: 14,
    // Face-framing: forehead line in front, down to the jaw from the temples back.
    edgeT: (a) => {
      const toSide = smoothstep(0.78, 1.2, Math.abs(a));
      const sweep = 0.05 * Math.exp(-(((a - 0.45) / 0.3) ** 2));
      return lerp(front(a) - sweep, bottom + 0.03 * Math.cos(a / 2) ** 2, toSide);
    },
    thickness: (s) => 0.009 + 0.006 * smoothstep(0.3, 0.9, s),
    hangBelowT: head.tAt(head.face.eyeY + 0.03),
    curtain: 0.011,
    color: colorOf(ctx),
    inner: 'full',
  });
}

/** Where a flat cap's band sits on the head (shared with the cap itself). */
export function capBottomT(ctx: AvatarContext): (angle: number) => number {
  const { head } = ctx;
  const front = head.tAt(head.face.browY + 0.03);
  const back = head.tAt(head.face.eyeY + 0.035);
  return (a) => lerp(front, back, (1 - Math.cos(a)) / 2);
}

/** Hair only around the back and sides: a bald crown, or what shows under a cap. */
function sideFringe(ctx: AvatarContext, frontAngle: number, top: ((a: number) => number) | null): void {
  const { head } = ctx;
  const edge = hairlineT(head, { recede: 0, sideburns: false });
  const upper = top
    ? (a: number) => top(a) + 0.03
    : (a: number) => lerp(head.tAt(head.face.eyeY + 0.075), 0.7, (1 - Math.cos(a)) / 2);
  const span = 2 * Math.PI - 2 * frontAngle;
  addHairShell(ctx, {
    angles: [frontAngle, 2 * Math.PI - frontAngle],
    columns: 30,
    rows: 7,
    edgeT: (a) => Math.min(edge(a) - (top ? 0 : 0.03), upper(a) - 0.06),
    topT: upper,
    thickness: (s, a) => {
      const ends = Math.sin(Math.PI * Math.min(1, Math.max(0, (a - frontAngle) / span))) ** 0.35;
      return (top ? 0.004 : 0.009) * ends * Math.sin(Math.PI * s) ** 0.5 + 0.0006;
    },
    color: (s, a) => scaleColor(strandColor(ctx.palette.hair, 0.6 + 0.4 * s, a), 1),
    inner: 'full',
  });
}
