/**
 * Voice activity from two cheap per-frame features: energy above an adaptive noise floor, and a
 * spectrum that is not flat (voice has harmonics and formants, fans and hiss are flat), or a clear
 * pitch. A short onset delay ignores clicks; a hangover keeps short stops inside a word from
 * splitting it.
 *
 * Why not a neural VAD such as `@ricky0123/vad-web` (Silero): measured on the npm packages
 * (vad-web 0.0.31, onnxruntime-web 1.22.0), it needs the ONNX runtime's wasm (11.2 MB, 2.9 MB
 * gzipped) plus the Silero v5 model (2.3 MB, 1.9 MB gzipped) loaded into a headset browser, and
 * runs a network every 32 ms. We only need "is the trainee talking now" in a quiet training room
 * with echo cancellation on; this rule costs a few operations per frame, and its failure cases
 * (loud talk next to the trainee, music) are documented in docs/voice.md.
 */

export const VAD = {
  /** Voice must be this far above the noise floor. */
  marginDb: 9,
  /** Nothing below this is voice, however quiet the room. */
  minDbfs: -60,
  /** White noise has flatness ≈ 0.56, voiced speech 0.01–0.3, fricatives up to ≈ 0.45. */
  maxFlatness: 0.4,
  /** Candidate frames in a row before voice counts as started (≈ 35 ms). */
  onsetSeconds: 0.035,
  /** Voice stays active this long after the last candidate frame. */
  hangoverSeconds: 0.3,
  /** How fast the floor follows a louder room (per second, fraction of the gap). */
  floorRisePerSecond: 1.5,
  /** A quieter frame pulls the floor down quickly. */
  floorFallPerSecond: 20,
  initialFloorDbfs: -70,
} as const;

export class VoiceActivity {
  /** Noise floor estimate in dBFS. */
  floor: number = VAD.initialFloorDbfs;
  /** This frame looks like voice (before onset delay and hangover). */
  candidate = false;
  /** Voice is on (after onset delay, with hangover). */
  active = false;
  /** True only on the frame where active turned on. */
  started = false;
  /** True only on the frame where active turned off. */
  stopped = false;
  private run = 0;
  private quiet = 0;
  private readonly onsetFrames: number;
  private readonly hangoverFrames: number;
  private readonly rise: number;
  private readonly fall: number;

  constructor(frameSeconds: number) {
    this.onsetFrames = Math.max(1, Math.round(VAD.onsetSeconds / frameSeconds));
    this.hangoverFrames = Math.max(1, Math.round(VAD.hangoverSeconds / frameSeconds));
    this.rise = Math.min(1, VAD.floorRisePerSecond * frameSeconds);
    this.fall = Math.min(1, VAD.floorFallPerSecond * frameSeconds);
  }

  update(dbfs: number, flatness: number, pitchHz: number): void {
    const loud = dbfs > VAD.minDbfs && dbfs > this.floor + VAD.marginDb;
    this.candidate = loud && (flatness < VAD.maxFlatness || pitchHz > 0);
    if (!this.candidate) {
      // Only non-voice frames teach the floor, so a long sentence does not raise it.
      this.floor += (dbfs - this.floor) * (dbfs < this.floor ? this.fall : this.rise);
    }
    this.started = false;
    this.stopped = false;
    if (this.candidate) {
      this.run++;
      this.quiet = 0;
      if (!this.active && this.run >= this.onsetFrames) {
        this.active = true;
        this.started = true;
      }
    } else {
      this.run = 0;
      if (this.active && ++this.quiet >= this.hangoverFrames) {
        this.active = false;
        this.stopped = true;
      }
    }
  }

  reset(): void {
    this.floor = VAD.initialFloorDbfs;
    this.candidate = this.active = this.started = this.stopped = false;
    this.run = this.quiet = 0;
  }
}
