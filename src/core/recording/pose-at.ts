import { lastAtOrBefore } from '../math/binary-search';
import { POSE_PARTS, type PoseFrame, type TrackedPose } from './pose';
import type { DecodedPoseTrack, DecodedStream } from './pose-track';

/**
 * A gap between two samples longer than this many sample periods means the part was out of view
 * in between (a hand dropped out of tracking), so nothing is interpolated across it.
 */
export const MAX_GAP_PERIODS = 4;

/** The last sample at or before `timeMs`, or −1 (binary search: seeking in 30 minutes is ~16 steps). */
export function sampleIndexAt(t: Int32Array, count: number, timeMs: number): number {
  return lastAtOrBefore(t, timeMs, sampleTime, count);
}

const sampleTime = (t: number) => t;

function write(out: TrackedPose, s: DecodedStream, i: number, posScale: number, rotScale: number): void {
  out.x = (s.x[i] as number) / posScale;
  out.y = (s.y[i] as number) / posScale;
  out.z = (s.z[i] as number) / posScale;
  out.qx = (s.qx[i] as number) / rotScale;
  out.qy = (s.qy[i] as number) / rotScale;
  out.qz = (s.qz[i] as number) / rotScale;
  out.qw = (s.qw[i] as number) / rotScale;
  normalise(out);
  out.tracked = true;
}

function normalise(q: TrackedPose): void {
  const length = Math.sqrt(q.qx * q.qx + q.qy * q.qy + q.qz * q.qz + q.qw * q.qw);
  if (length < 1e-9) {
    q.qx = 0;
    q.qy = 0;
    q.qz = 0;
    q.qw = 1;
    return;
  }
  q.qx /= length;
  q.qy /= length;
  q.qz /= length;
  q.qw /= length;
}

/** Linear position and spherical rotation interpolation between samples i and i + 1. */
function blend(out: TrackedPose, s: DecodedStream, i: number, u: number, posScale: number, rotScale: number): void {
  const j = i + 1;
  const lerp = (a: number, b: number) => a + (b - a) * u;
  out.x = lerp(s.x[i] as number, s.x[j] as number) / posScale;
  out.y = lerp(s.y[i] as number, s.y[j] as number) / posScale;
  out.z = lerp(s.z[i] as number, s.z[j] as number) / posScale;
  const ax = (s.qx[i] as number) / rotScale;
  const ay = (s.qy[i] as number) / rotScale;
  const az = (s.qz[i] as number) / rotScale;
  const aw = (s.qw[i] as number) / rotScale;
  let bx = (s.qx[j] as number) / rotScale;
  let by = (s.qy[j] as number) / rotScale;
  let bz = (s.qz[j] as number) / rotScale;
  let bw = (s.qw[j] as number) / rotScale;
  let cos = ax * bx + ay * by + az * bz + aw * bw;
  if (cos < 0) {
    // The shorter way round.
    cos = -cos;
    bx = -bx;
    by = -by;
    bz = -bz;
    bw = -bw;
  }
  let wa = 1 - u;
  let wb = u;
  if (cos < 0.9995) {
    const theta = Math.acos(Math.min(1, cos));
    const sin = Math.sin(theta);
    wa = Math.sin((1 - u) * theta) / sin;
    wb = Math.sin(u * theta) / sin;
  }
  out.qx = ax * wa + bx * wb;
  out.qy = ay * wa + by * wb;
  out.qz = az * wa + bz * wb;
  out.qw = aw * wa + bw * wb;
  normalise(out);
  out.tracked = true;
}

function partAt(
  s: DecodedStream,
  timeMs: number,
  periodMs: number,
  out: TrackedPose,
  posScale: number,
  rotScale: number,
): void {
  const i = sampleIndexAt(s.t, s.count, timeMs);
  const maxGap = periodMs * MAX_GAP_PERIODS;
  if (i < 0) {
    // Before the first sample: show it only if it is less than a period away.
    if (s.count > 0 && (s.t[0] as number) - timeMs <= periodMs) write(out, s, 0, posScale, rotScale);
    else out.tracked = false;
    return;
  }
  const ti = s.t[i] as number;
  if (i + 1 < s.count) {
    const tj = s.t[i + 1] as number;
    if (tj - ti <= maxGap) {
      const u = tj === ti ? 0 : (timeMs - ti) / (tj - ti);
      blend(out, s, i, u, posScale, rotScale);
      return;
    }
  }
  // After the last sample or at the start of a gap: hold the sample for one period.
  if (timeMs - ti <= periodMs) write(out, s, i, posScale, rotScale);
  else out.tracked = false;
}

/** Head and hands at a replay time (session ms), written into `out`, which is also returned. */
export function poseAt(track: DecodedPoseTrack, timeMs: number, out: PoseFrame): PoseFrame {
  const periodMs = 1000 / track.rateHz;
  for (const part of POSE_PARTS)
    partAt(track[part], timeMs, periodMs, out[part], track.positionScale, track.rotationScale);
  return out;
}
