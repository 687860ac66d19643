/** Small easing and smoothing helpers shared by the avatar's animators (pure, allocation-free). */

/** Frame-rate independent approach of `current` towards `target`; `rate` is 1 / time constant (s⁻¹). */
export function approach(current: number, target: number, rate: number, dt: number): number {
  return current + (target - current) * (1 - Math.exp(-rate * dt));
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(Math.max(x, min), max);
}

/** 0 → 1 with zero slope at both ends; `x` is clamped to [0, 1]. */
export function smoothstep(x: number): number {
  const t = clamp(x, 0, 1);
  return t * t * (3 - 2 * t);
}

/** How far `t` is through [start, end], eased with smoothstep. */
export function ease(t: number, start: number, end: number): number {
  return smoothstep((t - start) / (end - start));
}

/** Rises over [inStart, inEnd], holds 1, falls over [outStart, outEnd]: a keyframed "go there and back". */
export function pulse(t: number, inStart: number, inEnd: number, outStart: number, outEnd: number): number {
  return ease(t, inStart, inEnd) * (1 - ease(t, outStart, outEnd));
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
