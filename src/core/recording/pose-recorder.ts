import type { Pose } from './pose';
import { appendPose, emptyRawTrack, encodePoseTrack, type PoseTrack, type RawPoseTrack } from './pose-track';

export const DEFAULT_POSE_RATE_HZ = 20;

/**
 * Samples the trainee's head and hands from the frame loop. At most one sample per slot of
 * 1000/rateHz ms on a fixed grid, so the rate stays at `rateHz` for any frame rate at or above it
 * (72, 90, 120 Hz) and never above it on average; a smaller minimum gap would drift below it.
 * Hands are optional per call: a hand out of view gets no sample.
 */
export class PoseRecorder {
  readonly rateHz: number;
  private readonly slotMs: number;
  private lastSlot = Number.NEGATIVE_INFINITY;
  private lastTime = Number.NEGATIVE_INFINITY;
  private raw: RawPoseTrack = emptyRawTrack();

  constructor(rateHz: number = DEFAULT_POSE_RATE_HZ) {
    if (!(rateHz > 0 && rateHz <= 120)) throw new RangeError(`pose rate must be in (0, 120] Hz, not ${rateHz}`);
    this.rateHz = rateHz;
    this.slotMs = 1000 / rateHz;
  }

  /** Offers a frame's poses at session time `timeMs`; returns true when it was sampled. */
  push(timeMs: number, head: Pose, left?: Pose | null, right?: Pose | null): boolean {
    if (!Number.isFinite(timeMs) || timeMs < 0 || timeMs < this.lastTime) return false;
    const slot = Math.floor(timeMs / this.slotMs);
    if (slot <= this.lastSlot) return false;
    this.lastSlot = slot;
    this.lastTime = timeMs;
    appendPose(this.raw.head, timeMs, head);
    if (left) appendPose(this.raw.left, timeMs, left);
    if (right) appendPose(this.raw.right, timeMs, right);
    return true;
  }

  get sampleCount(): number {
    return this.raw.head.t.length;
  }

  /** The samples so far, quantised (live review reads them without encoding). */
  get samples(): Readonly<RawPoseTrack> {
    return this.raw;
  }

  /** The track in its stored form; the recorder can go on recording afterwards. */
  encode(): PoseTrack {
    return encodePoseTrack(this.raw, this.rateHz);
  }

  reset(): void {
    this.raw = emptyRawTrack();
    this.lastSlot = Number.NEGATIVE_INFINITY;
    this.lastTime = Number.NEGATIVE_INFINITY;
  }
}
