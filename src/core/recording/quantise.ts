/**
 * Fixed-point units of the pose track. Millimetres are far below what a ghost head or hand can
 * show; 1/4096 per quaternion component is under 0.03° of rotation. Both are written into every
 * track, so a later recorder can change them without a new format version.
 */
export const POSITION_SCALE = 1000;
export const ROTATION_SCALE = 4096;
/** Positions further than this from the origin (mm) are clamped: no room is 200 m wide. */
export const MAX_POSITION_MM = 100_000;

export function quantiseMetres(metres: number, scale: number = POSITION_SCALE): number {
  if (!Number.isFinite(metres)) return 0;
  // "+ 0" turns −0 into 0.
  const mm = Math.round(metres * scale) + 0;
  return Math.max(-MAX_POSITION_MM, Math.min(MAX_POSITION_MM, mm));
}

/**
 * Writes the quantised quaternion into `out[0..3]`. The sign is chosen so the quaternion lies in
 * the hemisphere of the previous sample (q and −q are the same rotation): consecutive samples
 * then differ by small numbers, which is what makes the delta encoding small.
 */
export function quantiseQuaternion(
  qx: number,
  qy: number,
  qz: number,
  qw: number,
  previous: ArrayLike<number> | null,
  out: number[],
  scale: number = ROTATION_SCALE,
): void {
  let length = Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw);
  if (!Number.isFinite(length) || length < 1e-9) {
    qx = 0;
    qy = 0;
    qz = 0;
    qw = 1;
    length = 1;
  }
  let sign = 1 / length;
  if (
    previous &&
    qx * (previous[0] ?? 0) + qy * (previous[1] ?? 0) + qz * (previous[2] ?? 0) + qw * (previous[3] ?? 0) < 0
  )
    sign = -sign;
  out[0] = Math.round(qx * sign * scale) + 0;
  out[1] = Math.round(qy * sign * scale) + 0;
  out[2] = Math.round(qz * sign * scale) + 0;
  out[3] = Math.round(qw * sign * scale) + 0;
}
