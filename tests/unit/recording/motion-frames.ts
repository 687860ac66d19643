import type { Pose } from '../../../src/core/recording/pose';
import type { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import { syntheticMotion } from './synthetic';

/** One frame of the frame loop as PoseCapture offers it: session time, head, hands in view. */
export type MotionFrame = { t: number; head: Pose; left: Pose | null; right: Pose | null };

/** The frames `syntheticMotion` offers, copied (it reuses its pose objects), to feed them in parts. */
export function motionFrames(durationMs: number): MotionFrame[] {
  const frames: MotionFrame[] = [];
  const tap = {
    push: (t: number, head: Pose, left?: Pose | null, right?: Pose | null) => {
      frames.push({ t, head: { ...head }, left: left ? { ...left } : null, right: right ? { ...right } : null });
      return true;
    },
  };
  syntheticMotion(tap as unknown as PoseRecorder, durationMs);
  return frames;
}

export function feed(recorder: PoseRecorder, frames: readonly MotionFrame[]): void {
  for (const f of frames) recorder.push(f.t, f.head, f.left, f.right);
}
