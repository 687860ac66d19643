/** Small numeric helpers shared by the shape builders. All pure, no randomness. */

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Hermite smoothstep: 0 below `edge0`, 1 above `edge1`. */
export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = clamp((x - edge0) / (edge1 - edge0), 0, 1);
  return t * t * (3 - 2 * t);
}

/** A round bump of height 1 at `center` with the given radius (about 1/e at the radius). */
export const bump = (x: number, center: number, radius: number): number => Math.exp(-(((x - center) / radius) ** 2));

/** Signed power, used for superellipse cross-sections (p > 2 gives squarer shapes). */
export const signedPow = (v: number, p: number): number => Math.sign(v) * Math.abs(v) ** p;

/** Reads an array element that the surrounding code guarantees to exist. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} outside 0..${items.length - 1}`);
  return item;
}

export type Key = readonly [x: number, y: number];

/**
 * Smooth curve through sorted keys (Catmull-Rom tangents, flat outside the range).
 * Body and head profiles are written as a handful of such keys so a reader can
 * see the silhouette as a table of numbers.
 */
export function curve(keys: readonly Key[], x: number): number {
  const first = at(keys, 0);
  const last = at(keys, keys.length - 1);
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  let i = 0;
  while (at(keys, i + 1)[0] < x) i++;
  const [x0, y0] = at(keys, Math.max(0, i - 1));
  const [x1, y1] = at(keys, i);
  const [x2, y2] = at(keys, i + 1);
  const [x3, y3] = at(keys, Math.min(keys.length - 1, i + 2));
  const h = x2 - x1;
  const m1 = ((y2 - y0) / (x2 - x0 || 1)) * h;
  const m2 = ((y3 - y1) / (x3 - x1 || 1)) * h;
  const t = (x - x1) / h;
  const t2 = t * t;
  const t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * y1 + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * y2 + (t3 - t2) * m2;
}

/** `count` evenly spaced values from a to b inclusive. */
export function range(a: number, b: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => lerp(a, b, count === 1 ? 0 : i / (count - 1)));
}
