/**
 * The skull and face as a smooth function of (t, angle): t runs from the chin's
 * underside (0) to the crown (1); angle 0 looks forward (+Z), π/2 to the
 * avatar's left. Eyes, brows and mouth are drawn by projecting 2-D face
 * coordinates onto this surface, so they hug it at any expression.
 */
import { Vector3 } from 'three';
import type { CustomerSpec } from '../customer-spec';
import { bump, clamp, curve, type Key, signedPow } from '../geometry/math';
import type { HeadLandmarks } from '../proportions';

export interface FaceLayout {
  eyeY: number;
  /** Distance from the face's midline to each eye centre. */
  eyeSpacing: number;
  browY: number;
  noseTipY: number;
  noseBaseY: number;
  mouthY: number;
  hairlineY: number;
}

export interface HeadSurface {
  lm: HeadLandmarks;
  face: FaceLayout;
  yAt: (t: number) => number;
  tAt: (y: number) => number;
  point: (t: number, angle: number) => Vector3;
  normal: (t: number, angle: number) => Vector3;
  /** Point on the face (front half) above (x, y), pushed out along the normal. */
  project: (x: number, y: number, offset?: number) => Vector3;
  faceNormal: (x: number, y: number) => Vector3;
}

export function createHeadSurface(spec: CustomerSpec, lm: HeadLandmarks): HeadSurface {
  const male = spec.sex === 'male';
  const jaw = spec.face.jawWidth;
  const full = clamp((spec.body.waistHalfWidth - 0.14) / 0.06, 0, 1);
  const hh = lm.height;
  const W = lm.halfWidth;
  const yAt = (t: number): number => lm.chinY + t * hh;
  const tAt = (y: number): number => (y - lm.chinY) / hh;

  // Women's faces taper to a narrower, rounder chin.
  const chin = male ? 1 : 0.86;
  const halfWidth: Key[] = [
    [0, 0.42 * (0.8 + 0.2 * jaw) * chin],
    [0.05, 0.62 * (0.85 + 0.15 * jaw) * chin],
    [0.13, (0.8 * jaw + full * 0.06) * (male ? 1 : 0.93)],
    [0.23, 0.9 * (0.9 + 0.1 * jaw) + full * 0.06],
    [0.35, 0.93 + full * 0.04],
    [0.48, 0.96],
    [0.62, 0.99],
    [0.72, 1],
    [0.84, 0.94],
    [0.93, 0.74],
    [0.98, 0.44],
    [1, 0],
  ];
  const frontDepth: Key[] = [
    [0, 0.68],
    [0.05, 0.85],
    [0.13, 0.87],
    [0.22, 0.9],
    [0.32, 0.92],
    [0.45, 0.93],
    [0.55, 0.95],
    [0.63, 0.975],
    [0.73, 0.955],
    [0.84, 0.86],
    [0.93, 0.63],
    [0.98, 0.36],
    [1, 0],
  ];
  const backDepth: Key[] = [
    [0, 0.16],
    [0.1, 0.3],
    [0.2, 0.46],
    [0.3, 0.62],
    [0.42, 0.8],
    [0.55, 0.93],
    [0.68, 1],
    [0.8, 0.97],
    [0.9, 0.79],
    [0.97, 0.46],
    [1, 0],
  ];
  const squareness: Key[] = [
    [0, 2.1],
    [0.15, male ? 2.5 : 2.2],
    [0.4, 2.35],
    [0.6, 2.3],
    [0.85, 2.1],
    [1, 2],
  ];

  const eyeY = lm.eyeY;
  const noseTipY = eyeY - spec.face.noseLength;
  const noseBaseY = noseTipY - 0.008;
  const face: FaceLayout = {
    eyeY,
    eyeSpacing: 0.031 * (hh / 0.232) ** 0.5,
    browY: eyeY + 0.017,
    noseTipY,
    noseBaseY,
    mouthY: noseBaseY - 0.019,
    hairlineY: eyeY + 0.072 * (hh / 0.232),
  };

  // Relief that rings cannot carry: brow ridge, eye sockets, cheekbones, mouth and chin.
  const relief = (x: number, y: number): number => {
    const ax = Math.abs(x);
    const ridge = (male ? 0.0045 : 0.0025) * bump(x, 0, 0.05) * bump(y, face.browY - 0.002, 0.009);
    const socket = -0.0028 * bump(ax, face.eyeSpacing, 0.018) * bump(y, eyeY, 0.012);
    const cheek = 0.003 * bump(ax, 0.045, 0.018) * bump(y, eyeY - 0.03, 0.016);
    const muzzle = 0.0035 * bump(x, 0, 0.026) * bump(y, face.mouthY + 0.004, 0.016);
    const chin = (male ? 0.0045 : 0.003) * bump(x, 0, 0.018) * bump(y, lm.chinY + 0.016, 0.011);
    return ridge + socket + cheek + muzzle + chin;
  };

  const point = (t: number, angle: number): Vector3 => {
    const tt = clamp(t, 0, 1);
    const e = 2 / curve(squareness, tt);
    const s = Math.sin(angle);
    const c = Math.cos(angle);
    const x = W * curve(halfWidth, tt) * signedPow(s, e);
    const y = yAt(tt);
    const depth = c >= 0 ? lm.frontDepth * curve(frontDepth, tt) : lm.backDepth * curve(backDepth, tt);
    let z = lm.axisZ + depth * signedPow(c, e);
    if (c > 0) z += relief(x, y) * c * c;
    return new Vector3(x, y, z);
  };

  const normal = (t: number, angle: number): Vector3 => {
    const h = 1e-4;
    const da = point(t, angle + h).sub(point(t, angle - h));
    const dt = point(Math.min(1, t + h), angle).sub(point(Math.max(0, t - h), angle));
    const n = da.cross(dt);
    return n.lengthSq() > 0 ? n.normalize() : new Vector3(0, 1, 0);
  };

  /** The angle whose front point has this x on ring t (inverse of the superellipse). */
  const angleFor = (x: number, t: number): number => {
    const e = 2 / curve(squareness, clamp(t, 0, 1));
    const u = clamp(x / (W * curve(halfWidth, clamp(t, 0, 1))), -1, 1);
    return Math.asin(signedPow(u, 1 / e));
  };

  return {
    lm,
    face,
    yAt,
    tAt,
    point,
    normal,
    project: (x, y, offset = 0) => {
      const t = tAt(y);
      const a = angleFor(x, t);
      return point(t, a).addScaledVector(normal(t, a), offset);
    },
    faceNormal: (x, y) => {
      const t = tAt(y);
      return normal(t, angleFor(x, t));
    },
  };
}
