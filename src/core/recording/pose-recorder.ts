import type { Pose } from './pose';
import {
  appendPose,
  decodePoseTrack,
  emptyRawTrack,
  type PoseTrack,
  PoseTrackEncoder,
  PoseTrackError,
  type RawPoseTrack,
  rawTrackOf,
} from './pose-track';
import { POSITION_SCALE, ROTATION_SCALE } from './quantise';

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
  private encoder = new PoseTrackEncoder();

  constructor(rateHz: number = DEFAULT_POSE_RATE_HZ) {
    if (!(rateHz > 0 && rateHz <= 120)) throw new RangeError(`pose rate must be in (0, 120] Hz, not ${rateHz}`);
    this.rateHz = rateHz;
    this.slotMs = 1000 / rateHz;
  }

  /** Whether a frame at session time `timeMs` would be sampled: lets the caller skip the pose maths. */
  wants(timeMs: number): boolean {
    return (
      Number.isFinite(timeMs) &&
      timeMs >= 0 &&
      timeMs >= this.lastTime &&
      Math.floor(timeMs / this.slotMs) > this.lastSlot
    );
  }

  /** Offers a frame's poses at session time `timeMs`; returns true when it was sampled. */
  push(timeMs: number, head: Pose, left?: Pose | null, right?: Pose | null): boolean {
    if (!this.wants(timeMs)) return false;
    this.lastSlot = Math.floor(timeMs / this.slotMs);
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

  /**
   * The track in its stored form; the recorder can go on recording afterwards. Incremental: only
   * the samples since the last call are encoded, so calling it after every turn stays cheap.
   */
  encode(): PoseTrack {
    return this.encoder.encode(this.raw, this.rateHz);
  }

  reset(): void {
    this.raw = emptyRawTrack();
    this.encoder = new PoseTrackEncoder();
    this.lastSlot = Number.NEGATIVE_INFINITY;
    this.lastTime = Number.NEGATIVE_INFINITY;
  }

  /**
   * Replaces what was recorded with a stored track (a session resumed after a reload) and records
   * on from its last sample: later samples must come after it, on the same slot grid, so the
   * result is the track an unbroken session would have recorded. Throws PoseTrackError, leaving the
   * recorder as it was, when the track does not decode or was quantised on another scale. The
   * track keeps its samples under this recorder's rate.
   */
  restore(track: PoseTrack): void {
    if (track.positionScale !== POSITION_SCALE || track.rotationScale !== ROTATION_SCALE) {
      throw new PoseTrackError(track.positionScale !== POSITION_SCALE ? 'positionScale' : 'rotationScale', {
        de: 'die Spur ist in einem anderen Maßstab gespeichert',
        en: 'the track is stored on another scale',
      });
    }
    const raw = rawTrackOf(decodePoseTrack(track));
    let last = Number.NEGATIVE_INFINITY;
    for (const stream of [raw.head, raw.left, raw.right]) last = Math.max(last, stream.t[stream.t.length - 1] ?? last);
    this.raw = raw;
    this.encoder = PoseTrackEncoder.resuming(track, raw);
    this.lastTime = last;
    this.lastSlot = Number.isFinite(last) ? Math.floor(last / this.slotMs) : Number.NEGATIVE_INFINITY;
  }
}
