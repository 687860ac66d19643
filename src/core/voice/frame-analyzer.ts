import { Fft } from './fft';

/**
 * Turns a stream of microphone samples into one small feature record per hop (about 11 ms):
 * loudness in dBFS, spectral flatness and, for loud enough frames, a pitch estimate. Runs inside
 * the AudioWorklet in the app and directly in Node in the tests; allocation-free after construction.
 */

/** Finds the fundamental of a window in Hz, or 0 when the window is not clearly periodic. */
export interface PitchEstimator {
  estimate(window: Float32Array, sampleRate: number): number;
}

/** Receives each finished frame; a method call, so the analyzer needs no per-frame objects. */
export interface FrameSink {
  frame(dbfs: number, flatness: number, pitchHz: number): void;
}

/** The quietest level reported: below it everything is digital silence. */
export const SILENCE_DBFS = -100;
/** Frames quieter than this are not worth a pitch estimate (saves most of the worklet's time in pauses). */
export const PITCH_GATE_DBFS = -55;
/** Hops per pitch estimate. */
const PITCH_EVERY = 2;
/** Spectral flatness is measured where speech has its energy; below 100 Hz is hum, above 5 kHz hiss. */
const FLATNESS_BAND_HZ = [100, 5000] as const;

/** Hop in samples: the largest power of two not above 12 ms (512 at 44.1 and 48 kHz, 128 at 16 kHz). */
export function hopSizeFor(sampleRate: number): number {
  if (!(sampleRate >= 8000)) throw new Error(`sample rate ${sampleRate} Hz is below 8 kHz`);
  return 2 ** Math.floor(Math.log2(sampleRate * 0.012));
}

export class FrameAnalyzer {
  readonly sampleRate: number;
  readonly hop: number;
  /** Seconds per frame. */
  readonly frameSeconds: number;
  private readonly windowSize: number;
  private readonly ring: Float32Array;
  private readonly window: Float32Array;
  private readonly hann: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly fft: Fft;
  private readonly binLow: number;
  private readonly binHigh: number;
  private write = 0;
  private sinceHop = 0;
  private hops = 0;
  private lastPitch = 0;
  private filled = 0;

  constructor(
    sampleRate: number,
    private readonly pitch: PitchEstimator,
  ) {
    this.sampleRate = sampleRate;
    this.hop = hopSizeFor(sampleRate);
    this.frameSeconds = this.hop / sampleRate;
    // Four hops (about 46 ms) hold two periods of a 45 Hz voice: enough for the lowest speaking voices.
    this.windowSize = this.hop * 4;
    this.ring = new Float32Array(this.windowSize);
    this.window = new Float32Array(this.windowSize);
    const spectrumSize = this.hop * 2;
    this.fft = new Fft(spectrumSize);
    this.re = new Float64Array(spectrumSize);
    this.im = new Float64Array(spectrumSize);
    this.hann = new Float64Array(spectrumSize);
    for (let i = 0; i < spectrumSize; i++) this.hann[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (spectrumSize - 1));
    const binHz = sampleRate / spectrumSize;
    this.binLow = Math.max(1, Math.round(FLATNESS_BAND_HZ[0] / binHz));
    this.binHigh = Math.min(spectrumSize / 2 - 1, Math.round(FLATNESS_BAND_HZ[1] / binHz));
  }

  /** Feeds samples (any block size, e.g. the worklet's 128); calls sink.frame once per completed hop. */
  push(samples: Float32Array, sink: FrameSink, start = 0, end = samples.length): void {
    for (let i = start; i < end; i++) {
      this.ring[this.write] = samples[i] as number;
      this.write = (this.write + 1) % this.windowSize;
      if (this.filled < this.windowSize) this.filled++;
      if (++this.sinceHop === this.hop) {
        this.sinceHop = 0;
        this.analyse(sink);
      }
    }
  }

  private analyse(sink: FrameSink): void {
    const n = this.windowSize;
    // Unroll the ring oldest-first; samples not yet received stay zero.
    for (let i = 0; i < n; i++) this.window[i] = this.ring[(this.write + i) % n] as number;
    const spectrumSize = this.hop * 2;
    const offset = n - spectrumSize;
    let energy = 0;
    for (let i = 0; i < spectrumSize; i++) {
      const s = this.window[offset + i] as number;
      energy += s * s;
      this.re[i] = s * (this.hann[i] as number);
      this.im[i] = 0;
    }
    const rms = Math.sqrt(energy / spectrumSize);
    const dbfs = rms > 1e-5 ? Math.max(SILENCE_DBFS, 20 * Math.log10(rms)) : SILENCE_DBFS;
    let flatness = 1;
    if (dbfs > SILENCE_DBFS) {
      this.fft.transform(this.re, this.im);
      let logSum = 0;
      let sum = 0;
      const count = this.binHigh - this.binLow + 1;
      for (let k = this.binLow; k <= this.binHigh; k++) {
        const p = (this.re[k] as number) ** 2 + (this.im[k] as number) ** 2 + 1e-12;
        logSum += Math.log(p);
        sum += p;
      }
      flatness = Math.exp(logSum / count) / (sum / count);
    }
    // Pitch on every second hop (≈ 43 estimates/s, plenty for a median and a range) halves the
    // worklet's cost; the hop in between repeats the last estimate while the frame stays loud.
    let pitchHz = 0;
    if (dbfs >= PITCH_GATE_DBFS && this.filled === n) {
      if (this.hops % PITCH_EVERY === 0) this.lastPitch = this.pitch.estimate(this.window, this.sampleRate);
      pitchHz = this.lastPitch;
    } else {
      this.lastPitch = 0;
    }
    this.hops++;
    sink.frame(dbfs, flatness, pitchHz);
  }
}
