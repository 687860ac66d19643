/**
 * Head-direction geometry on plain numbers, so the frame loop can call it without allocating
 * and tests can feed it fixtures. Positions in metres, directions need not be normalised.
 */

export const DEG = Math.PI / 180;

/**
 * True when the target lies within `halfAngle` (radians) of the direction from the head. A target
 * at the head itself or a zero direction is never "looked at".
 */
export function isWithinCone(
  hx: number,
  hy: number,
  hz: number,
  dx: number,
  dy: number,
  dz: number,
  tx: number,
  ty: number,
  tz: number,
  halfAngle: number,
): boolean {
  const vx = tx - hx;
  const vy = ty - hy;
  const vz = tz - hz;
  const lengths = Math.sqrt((vx * vx + vy * vy + vz * vz) * (dx * dx + dy * dy + dz * dz));
  if (lengths === 0) return false;
  // cos of the angle between the two, compared with the cone's cos: no acos per frame.
  return (vx * dx + vy * dy + vz * dz) / lengths >= Math.cos(halfAngle);
}

/** Angle (radians) between the head direction and the direction to the target; NaN when undefined. */
export function angleToTarget(
  hx: number,
  hy: number,
  hz: number,
  dx: number,
  dy: number,
  dz: number,
  tx: number,
  ty: number,
  tz: number,
): number {
  const vx = tx - hx;
  const vy = ty - hy;
  const vz = tz - hz;
  const lengths = Math.sqrt((vx * vx + vy * vy + vz * vz) * (dx * dx + dy * dy + dz * dz));
  if (lengths === 0) return Number.NaN;
  return Math.acos(Math.max(-1, Math.min(1, (vx * dx + vy * dy + vz * dz) / lengths)));
}

/** Elevation of a direction (radians, + up, − down): the head's pitch, which nodding moves. */
export function pitchOf(dx: number, dy: number, dz: number): number {
  const length = Math.sqrt(dx * dx + dy * dy + dz * dz);
  return length === 0 ? 0 : Math.asin(Math.max(-1, Math.min(1, dy / length)));
}

/** Straight-line distance between two points (m). */
export function distanceBetween(ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  const x = ax - bx;
  const y = ay - by;
  const z = az - bz;
  return Math.sqrt(x * x + y * y + z * z);
}
