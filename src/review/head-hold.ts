import { Matrix4, Quaternion, Vector3 } from 'three';
import type { TrackedPose } from '../core/recording/pose';
import { sampleIndexAt } from '../core/recording/pose-at';
import type { DecodedPoseTrack } from '../core/recording/pose-track';
import { LAYOUT } from '../scene/layout';

/**
 * Where the trainee's head is when the track has no sample close enough to interpolate (a gap in
 * sampling: a slow frame, a paused session): the last sample at or before `timeMs` (the first
 * one before the track starts). A head, unlike a hand, does not leave the room, so the ghost and
 * the trainee's camera hold it rather than vanish. Returns false when the track has no head at all.
 */
export function holdHead(track: DecodedPoseTrack, timeMs: number, out: TrackedPose): boolean {
  const s = track.head;
  if (s.count === 0) return false;
  const i = Math.max(0, sampleIndexAt(s.t, s.count, timeMs));
  const p = track.positionScale;
  const r = track.rotationScale;
  out.x = (s.x[i] as number) / p;
  out.y = (s.y[i] as number) / p;
  out.z = (s.z[i] as number) / p;
  const qx = (s.qx[i] as number) / r;
  const qy = (s.qy[i] as number) / r;
  const qz = (s.qz[i] as number) / r;
  const qw = (s.qw[i] as number) / r;
  const length = Math.hypot(qx, qy, qz, qw) || 1;
  out.qx = qx / length;
  out.qy = qy / length;
  out.qz = qz / length;
  out.qw = qw / length;
  out.tracked = true;
  return true;
}

/**
 * A desktop trainee's head: eye height behind the counter, looking where the desktop view starts
 * (LAYOUT.desktopLookAt). Used when a recording has no head samples at all, so the ghost and the
 * trainee's view still stand where such a trainee stood.
 */
const desktopHead = (() => {
  const eye = new Vector3(LAYOUT.trainee.x, LAYOUT.trainee.eyeHeight, LAYOUT.trainee.z);
  const target = new Vector3(LAYOUT.desktopLookAt.x, LAYOUT.desktopLookAt.y, LAYOUT.desktopLookAt.z);
  const q = new Quaternion().setFromRotationMatrix(new Matrix4().lookAt(eye, target, new Vector3(0, 1, 0)));
  return { x: eye.x, y: eye.y, z: eye.z, qx: q.x, qy: q.y, qz: q.z, qw: q.w };
})();

/** Writes the desktop trainee's head into `out` (tracked). */
export function desktopHeadPose(out: TrackedPose): void {
  Object.assign(out, desktopHead);
  out.tracked = true;
}
