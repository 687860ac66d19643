import type { FrameSink } from './frame-analyzer';
import type { UtteranceMeasures } from './measures';
import { NucleusPicker } from './nuclei';
import { PitchHistogram, semitones } from './pitch-histogram';
import { VoiceActivity } from './vad';

/**
 * Follows the conversation frame by frame: voice activity, syllables, pitch and loudness of the
 * current answer, latency after the customer's line and voice while the customer speaks. The app
 * feeds it the worklet's frames on the main thread (a handful of arithmetic per frame); the tests
 * feed it straight from FrameAnalyzer. Time is the audio clock: frames × frame length.
 */

export const TURN = {
  /** Silence after voice that ends an answer (the customer may then reply). */
  endSilenceSeconds: 0.8,
  /** Silences inside an answer at least this long count as pauses. */
  pauseSeconds: 0.25,
  /** Below this much speech a rate is noise. */
  minRateSpeechSeconds: 0.5,
  /** Fewer pitched frames than this give no pitch (≈ 0.1 s of voiced speech). */
  minPitchFrames: 8,
} as const;

/** Below this spectral flatness a frame is harmonic: a vowel even where the pitch tracker hesitates. */
const HARMONIC_FLATNESS = 0.05;

export type TurnPhase = 'idle' | 'waiting' | 'speaking' | 'finished';

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export class VoiceTracker implements FrameSink {
  readonly vad: VoiceActivity;
  phase: TurnPhase = 'idle';
  /** Frames seen since start. */
  frames = 0;
  private readonly nuclei: NucleusPicker;
  private readonly pitch = new PitchHistogram();
  private customerSpeaking = false;
  private pendingOverlap = 0;
  private turnStart = 0;
  private onset = -1;
  private lastVoice = -1;
  private power = 0;
  private voicedFrames = 0;
  private syllables = 0;
  private pauses = 0;
  private pauseFrames = 0;
  private overlap = 0;
  private readonly endFrames: number;
  private readonly pauseFramesMin: number;
  private readonly onsetFrames: number;

  constructor(readonly frameSeconds: number) {
    this.vad = new VoiceActivity(frameSeconds);
    this.nuclei = new NucleusPicker(frameSeconds);
    this.endFrames = Math.round(TURN.endSilenceSeconds / frameSeconds);
    this.pauseFramesMin = Math.round(TURN.pauseSeconds / frameSeconds);
    this.onsetFrames = Math.max(1, Math.round(0.035 / frameSeconds));
  }

  get nowSeconds(): number {
    return this.frames * this.frameSeconds;
  }

  setCustomerSpeaking(on: boolean): void {
    this.customerSpeaking = on;
  }

  frame(dbfs: number, flatness: number, pitchHz: number): void {
    const f = this.frames++;
    const vad = this.vad;
    vad.update(dbfs, flatness, pitchHz);
    // A vowel is pitched or at least harmonic (a nearly line-shaped spectrum).
    this.nuclei.update(dbfs, vad.candidate && (pitchHz > 0 || flatness < HARMONIC_FLATNESS), vad.floor);
    if (vad.active && this.customerSpeaking) {
      if (this.phase === 'idle') this.pendingOverlap++;
      else this.overlap++;
    }
    if (this.phase === 'idle') return;
    if (this.onset < 0 && vad.started) {
      this.onset = Math.max(this.turnStart, f - this.onsetFrames + 1);
      this.lastVoice = f;
      this.phase = 'speaking';
    }
    if (this.onset < 0) return;
    if (this.nuclei.found) this.syllables++;
    if (vad.candidate) {
      const gap = f - this.lastVoice - 1;
      if (gap >= this.pauseFramesMin) {
        this.pauses++;
        this.pauseFrames += gap;
      }
      this.lastVoice = f;
      this.voicedFrames++;
      this.power += 10 ** (dbfs / 10);
      if (pitchHz > 0) this.pitch.add(pitchHz);
      this.phase = 'speaking';
    } else if (this.phase === 'speaking' && f - this.lastVoice >= this.endFrames) {
      this.phase = 'finished';
    }
  }

  /**
   * The customer's line has ended: the trainee's answer starts now. Voice already running counts
   * from here (the trainee started as the customer finished), unless `freshOnset` asks for a new
   * start: the calibration sentence can only be read once it is shown, so speech in progress then
   * is something else and the turn waits for its end and the next onset.
   */
  beginTurn(freshOnset = false): void {
    this.phase = 'waiting';
    this.turnStart = this.frames;
    this.overlap = this.pendingOverlap;
    this.pendingOverlap = 0;
    this.onset = this.vad.active && !freshOnset ? this.frames : -1;
    if (this.onset >= 0) {
      this.phase = 'speaking';
      this.lastVoice = this.frames;
    }
    this.power = this.voicedFrames = this.syllables = this.pauses = this.pauseFrames = 0;
    this.pitch.reset();
  }

  /** Closes the answer and returns its measures (rounded: what a recording keeps). */
  endTurn(): UtteranceMeasures {
    const fs = this.frameSeconds;
    this.phase = 'idle';
    if (this.onset < 0) {
      return {
        latencyS: null,
        durationS: 0,
        speechS: 0,
        syllables: 0,
        rate: null,
        loudnessDbfs: null,
        pitchMedianHz: null,
        pitchRangeSt: null,
        pauses: 0,
        pauseS: 0,
        overlapS: round(this.overlap * fs, 2),
      };
    }
    const durationS = (this.lastVoice - this.onset + 1) * fs;
    const speechS = Math.max(0, durationS - this.pauseFrames * fs);
    const pitched = this.pitch.count >= TURN.minPitchFrames;
    const median = this.pitch.quantileHz(0.5);
    return {
      latencyS: round((this.onset - this.turnStart) * fs, 2),
      durationS: round(durationS, 2),
      speechS: round(speechS, 2),
      syllables: this.syllables,
      rate: speechS >= TURN.minRateSpeechSeconds ? round(this.syllables / speechS, 2) : null,
      loudnessDbfs: this.voicedFrames > 0 ? round(10 * Math.log10(this.power / this.voicedFrames), 1) : null,
      pitchMedianHz: pitched ? round(median, 1) : null,
      pitchRangeSt: pitched ? round(semitones(this.pitch.quantileHz(0.1), this.pitch.quantileHz(0.9)), 2) : null,
      pauses: this.pauses,
      pauseS: round(this.pauseFrames * fs, 2),
      overlapS: round(this.overlap * fs, 2),
    };
  }
}
