import { describe, expect, it } from 'vitest';
import { createPoseFrame, type Pose } from '../../../src/core/recording/pose';
import { poseAt } from '../../../src/core/recording/pose-at';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import { decodePoseTrack } from '../../../src/core/recording/pose-track';

const yawPose = (x: number, yawDeg: number): Pose => {
  const half = (yawDeg * Math.PI) / 360;
  return { x, y: 1.6, z: 0, qx: 0, qy: Math.sin(half), qz: 0, qw: Math.cos(half) };
};
const yawOf = (p: Pose) => (2 * Math.atan2(p.qy, p.qw) * 180) / Math.PI;

function track(samples: [number, Pose, Pose | null][]) {
  const recorder = new PoseRecorder();
  for (const [t, head, left] of samples) recorder.push(t, head, left, null);
  return decodePoseTrack(recorder.encode());
}

describe('poseAt', () => {
  const t = track([
    [0, yawPose(0, 0), yawPose(0.2, 0)],
    [50, yawPose(0.1, 90), yawPose(0.3, 0)],
    [100, yawPose(0.2, 90), null],
    [400, yawPose(0.2, 90), yawPose(0.5, 0)],
  ]);
  const out = createPoseFrame();

  it('returns a sample exactly at its time', () => {
    poseAt(t, 50, out);
    expect(out.head.tracked).toBe(true);
    expect(out.head.x).toBeCloseTo(0.1, 6);
    expect(yawOf(out.head)).toBeCloseTo(90, 1);
  });

  it('interpolates position linearly and rotation spherically in between', () => {
    poseAt(t, 25, out);
    expect(out.head.x).toBeCloseTo(0.05, 6);
    expect(yawOf(out.head)).toBeCloseTo(45, 1);
    expect(Math.hypot(out.head.qx, out.head.qy, out.head.qz, out.head.qw)).toBeCloseTo(1, 9);
    poseAt(t, 12.5, out);
    expect(yawOf(out.head)).toBeCloseTo(22.5, 1);
  });

  it('turns the short way round between q and a sample stored as −q', () => {
    const flipped = track([
      [0, yawPose(0, 170), null],
      [50, yawPose(0, -170), null],
    ]);
    poseAt(flipped, 25, out);
    expect(Math.abs(yawOf(out.head))).toBeCloseTo(180, 0);
  });

  it('shows a hand as untracked inside a gap, but holds it for one period after its last sample', () => {
    poseAt(t, 60, out);
    expect(out.left.tracked).toBe(true);
    expect(out.left.x).toBeCloseTo(0.3, 6);
    poseAt(t, 250, out);
    expect(out.left.tracked).toBe(false);
    poseAt(t, 400, out);
    expect(out.left.tracked).toBe(true);
    expect(out.left.x).toBeCloseTo(0.5, 6);
  });

  it('has nothing before the first sample or long after the last', () => {
    const late = track([[1000, yawPose(0, 0), null]]);
    expect(poseAt(late, 500, out).head.tracked).toBe(false);
    expect(poseAt(late, 960, out).head.tracked).toBe(true);
    expect(poseAt(late, 1040, out).head.tracked).toBe(true);
    expect(poseAt(late, 2000, out).head.tracked).toBe(false);
    expect(poseAt(track([]), 0, out).right.tracked).toBe(false);
  });

  it('seeks anywhere in a 30-minute track and matches the recorded samples', () => {
    const recorder = new PoseRecorder();
    for (let ms = 0; ms <= 30 * 60_000; ms += 1000 / 72) recorder.push(ms, yawPose(Math.round(ms / 50) / 1000, 0));
    const long = decodePoseTrack(recorder.encode());
    expect(long.head.count).toBeGreaterThan(35_000);
    for (const i of [0, 1, 17_000, long.head.count - 1]) {
      poseAt(long, long.head.t[i] as number, out);
      expect(out.head.x * 1000).toBeCloseTo(long.head.x[i] as number, 6);
    }
  });
});
