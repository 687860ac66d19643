/**
 * Eyes as layers: a static white almond, an iris that slides for gaze, and lid
 * rings around the opening. Blinking moves the upper lid rings down over the
 * lower lid; because the lids sit higher above the skin than iris and white,
 * whatever they cover disappears without any masking.
 */
import { type Color, Vector2 } from 'three';
import type { CustomerSpec } from '../customer-spec';
import type { FaceLayout } from '../head/head-surface';
import { linear, mixColors, type Palette, scaleColor } from '../palette';
import type { FaceCanvas, FacePoint } from './face-canvas';
import type { FacePose } from './face-pose';

const LAYER = {
  white: 0.00025,
  iris: 0.0007,
  pupil: 0.00075,
  highlight: 0.0009,
  lid: 0.0017,
  crease: 0.0015,
  rim: 0.0001,
};
const CONTOUR_POINTS = 13;
const IRIS_SEGMENTS = 14;
const WHITE = linear('#ece6dc');
const PUPIL = linear('#0b0908');

export interface EyeContext {
  spec: CustomerSpec;
  palette: Palette;
  face: FaceLayout;
  skinTone: (x: number, y: number) => Color;
}

interface EyeShape {
  cx: number;
  cy: number;
  /** +1 for the avatar's left eye (at +x), -1 for the right. */
  side: 1 | -1;
  halfWidth: number;
  up: number;
  down: number;
}

export function drawEyes(canvas: FaceCanvas, ec: EyeContext, pose: FacePose): void {
  const female = ec.spec.sex === 'female';
  const k = female ? 1.04 : 1;
  ([1, -1] as const).forEach((side, index) => {
    const shape: EyeShape = {
      cx: side * ec.face.eyeSpacing,
      cy: ec.face.eyeY,
      side,
      halfWidth: 0.0165 * k,
      up: 0.0068 * k,
      down: 0.0052 * k,
    };
    drawWhite(canvas, shape);
    drawIris(canvas, ec, shape, pose);
    drawLids(canvas, ec, shape, pose, pose.lidUpper[index] ?? 0);
  });
}

const baseline = (s: EyeShape, u: number): number => s.cy + 0.0007 * u;
const openUpper = (s: EyeShape, u: number): number => baseline(s, u) + s.up * (1 - u * u) ** 0.75 * (1 - 0.12 * u);
const lowerAt = (s: EyeShape, u: number, lidLower: number): number =>
  baseline(s, u) - s.down * (1 - u * u) ** 0.85 * (1 + 0.1 * u) + lidLower * 0.0032 * (1 - u * u) ** 0.8;

/** The lid opening as a loop: upper edge inner→outer, then lower edge back. */
function contour(s: EyeShape, lid: number, pose: Pick<FacePose, 'lidInnerTilt' | 'lidOuterDroop' | 'lidLower'>) {
  const us = Array.from({ length: CONTOUR_POINTS }, (_, i) => -1 + (2 * i) / (CONTOUR_POINTS - 1));
  const upper = us.map((u) => {
    const closing = lid + pose.lidInnerTilt * Math.max(0, -u) + pose.lidOuterDroop * Math.max(0, u);
    // A shut lid tucks just under the lower lid's edge so no white shows between them.
    const low = lowerAt(s, u, pose.lidLower) - 0.0005 * (1 - u * u);
    const y =
      closing >= 0
        ? openUpper(s, u) + (low - openUpper(s, u)) * Math.min(1, closing)
        : openUpper(s, u) - closing * 0.0045 * (1 - u * u) ** 0.8;
    return { p: new Vector2(s.cx + s.side * u * s.halfWidth, y), u, upper: true };
  });
  const lower = us
    .slice(1, -1)
    .reverse()
    .map((u) => ({ p: new Vector2(s.cx + s.side * u * s.halfWidth, lowerAt(s, u, pose.lidLower)), u, upper: false }));
  return [...upper, ...lower];
}

/**
 * Outward normals of a loop: up for the upper lid, down for the lower, sideways
 * at the corners. Judged by which lid a point belongs to, not by the eye centre,
 * because a closed upper lid lies below the centre and must still point up.
 */
function loopNormals(loop: readonly { p: Vector2; u: number; upper: boolean }[], center: Vector2): Vector2[] {
  return loop.map((pt, i) => {
    const prev = loop[(i - 1 + loop.length) % loop.length]?.p ?? pt.p;
    const next = loop[(i + 1) % loop.length]?.p ?? pt.p;
    const t = next.clone().sub(prev);
    const n = new Vector2(t.y, -t.x).normalize();
    const corner = Math.abs(pt.u) > 0.99;
    const wanted = corner ? new Vector2(Math.sign(pt.p.x - center.x), 0) : new Vector2(0, pt.upper ? 1 : -1);
    if (corner) return wanted;
    return n.dot(wanted) < 0 ? n.negate() : n;
  });
}

const NO_TILT = { lidInnerTilt: 0, lidOuterDroop: 0, lidLower: 0 };

function drawWhite(canvas: FaceCanvas, s: EyeShape): void {
  // Larger than any opening (wide-eyed surprise), the lids hide the rest.
  const loop = contour(s, -0.75, { ...NO_TILT, lidLower: -0.45 });
  const center = new Vector2(s.cx, s.cy);
  const normals = loopNormals(loop, center);
  // Concentric loops rather than one fan: big flat triangles would cut through
  // the curved face and poke through the iris.
  const loops = [0.33, 0.67, 1].map((k) =>
    loop.map((pt, i): FacePoint => {
      const p = pt.p
        .clone()
        .addScaledVector(normals[i] ?? new Vector2(), 0.0012)
        .sub(center)
        .multiplyScalar(k)
        .add(center);
      const shade = k === 1 && Math.abs(pt.u) > 0.8 ? 0.82 : 1;
      return { x: p.x, y: p.y, offset: LAYER.white, color: scaleColor(WHITE, shade) };
    }),
  );
  canvas.fan({ x: s.cx, y: s.cy, offset: LAYER.white, color: WHITE }, loops[0] ?? []);
  canvas.grid(loops, { wrap: true });
}

function drawIris(canvas: FaceCanvas, ec: EyeContext, s: EyeShape, pose: FacePose): void {
  const r = 0.0064 * (s.halfWidth / 0.0165);
  const cx = s.cx + pose.gazeX;
  const cy = s.cy + 0.0004 + pose.gazeY;
  const iris = ec.palette.eyes;
  const circle = (radius: number, offset: number, color: Color, x = cx, y = cy, n = IRIS_SEGMENTS): FacePoint[] =>
    Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return { x: x + radius * Math.cos(a), y: y + radius * Math.sin(a), offset, color };
    });
  canvas.grid(
    [
      circle(r * 0.42, LAYER.iris, scaleColor(iris, 0.55)),
      circle(r * 0.8, LAYER.iris, iris),
      circle(r, LAYER.iris, scaleColor(iris, 0.4)),
    ],
    { wrap: true },
  );
  canvas.fan({ x: cx, y: cy, offset: LAYER.pupil, color: PUPIL }, circle(r * 0.42, LAYER.pupil, PUPIL));
  // A fixed catch-light (upper right as the viewer sees it) makes the eyes read as wet and alive.
  const hx = cx - 0.0017;
  const hy = cy + 0.0019;
  const white = linear('#ffffff');
  canvas.fan(
    { x: hx, y: hy, offset: LAYER.highlight, color: white },
    circle(0.00085, LAYER.highlight, white, hx, hy, 8),
  );
}

function drawLids(canvas: FaceCanvas, ec: EyeContext, s: EyeShape, pose: FacePose, lid: number): void {
  const female = ec.spec.sex === 'female';
  const center = new Vector2(s.cx, s.cy);
  const loop = contour(s, lid, pose);
  const normals = loopNormals(loop, center);
  // The outer rim stays put whatever the lids do, so it always meets the skin.
  const rest = contour(s, 0, NO_TILT);
  const restNormals = loopNormals(rest, center);
  const lashColor = mixColors(ec.palette.brows, linear('#120c0a'), 0.6);
  const lashBase = 0.0012 + ec.spec.face.lashes * 0.0008;

  const ringPoint = (i: number, distance: number, offset: number, color: (x: number, y: number) => Color) => {
    const pt = loop[i];
    const n = normals[i];
    if (!pt || !n) throw new Error('eye contour');
    const p = pt.p.clone().addScaledVector(n, distance);
    if (female && pt.upper && pt.u > 0.55 && distance > 0) {
      // Lashes thicken and flick outwards at the outer corner.
      p.x += s.side * (pt.u - 0.55) * 0.004;
      p.y += (pt.u - 0.55) * 0.002;
    }
    // The lower lid sits a hair deeper, so a closing upper lid slides over it.
    return { x: p.x, y: p.y, offset: pt.upper ? offset : offset - 0.00012, color: color(p.x, p.y) };
  };
  const lash = (i: number): number => {
    const pt = loop[i];
    if (!pt) return 0;
    if (!pt.upper) return 0.0006;
    const edge = Math.abs(pt.u) > 0.99 ? 0.6 : 1;
    return edge * lashBase * (1 - pt.u * pt.u) ** 0.25 * (female ? 1 + Math.max(0, pt.u) : 1);
  };
  const skin = (f: number) => (x: number, y: number) => scaleColor(ec.skinTone(x, y), f);
  const idx = loop.map((_, i) => i);
  const upperOr = (i: number, a: (x: number, y: number) => Color, b: (x: number, y: number) => Color) =>
    loop[i]?.upper ? a : b;
  const dark = () => lashColor;

  canvas.grid(
    [
      idx.map((i) => ringPoint(i, 0, LAYER.lid, upperOr(i, dark, skin(0.78)))),
      idx.map((i) => ringPoint(i, lash(i), LAYER.lid, upperOr(i, dark, skin(0.8)))),
      idx.map((i) => ringPoint(i, lash(i), LAYER.lid, skin(0.99))),
      idx.map((i) =>
        ringPoint(i, lash(i) + (loop[i]?.upper ? 0.0036 : 0.0022), LAYER.crease, upperOr(i, skin(0.9), skin(0.96))),
      ),
      idx.map((i) => {
        const pt = rest[i];
        const n = restNormals[i];
        if (!pt || !n) throw new Error('eye rim');
        const far = Math.abs(pt.u) > 0.99 ? 0.007 : pt.upper ? 0.0115 : 0.0075;
        const p = pt.p.clone().addScaledVector(n, far);
        return { x: p.x, y: p.y, offset: LAYER.rim, color: ec.skinTone(p.x, p.y) };
      }),
    ],
    { wrap: true },
  );
}
