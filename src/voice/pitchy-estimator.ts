import { Autocorrelator } from 'pitchy';
import type { PitchEstimator } from '../core/voice/frame-analyzer';

/** Pitch estimates with a clarity below this are noise, breath or a fricative (espeak-ng vowels reach 0.7–1). */
const MIN_CLARITY = 0.65;
/** Speaking voices (adult and child) lie between these; outside is an octave error or a whistle. */
const VOICE_HZ = [60, 600] as const;
/** McLeod's constant k: the first key maximum within this share of the highest is the period (pitchy's default). */
const KEY_MAXIMUM_SHARE = 0.9;

/**
 * The McLeod pitch method (MPM) on pitchy's autocorrelator, allocation-free per call.
 *
 * pitchy's `PitchDetector.findPitch` reuses its FFT buffers but builds arrays on every call (the
 * key maxima list, a `map` and a spread over it, the `[pitch, clarity]` result): about six small
 * objects per estimate, 43 estimates a second, on the audio thread where a garbage collection is
 * an audible gap. So this keeps pitchy's `Autocorrelator` (FFT autocorrelation into a buffer we
 * own) and does the rest — the normalised square difference function, the key maxima and the
 * parabolic refinement, as in pitchy and the MPM paper — in preallocated typed arrays. The unit
 * tests check it against `PitchDetector.findPitch` frame by frame.
 */
export class McLeodPitch {
  readonly size: number;
  private readonly autocorrelator: Autocorrelator<Float32Array>;
  private readonly nsdf: Float32Array;
  /** Key maxima positions; at most one per positive lobe, so size / 2 + 1 is enough. */
  private readonly keys: Int32Array;
  /** Clarity of the last estimate (0 when none), read after `find`. */
  clarity = 0;

  constructor(size: number) {
    this.size = size;
    this.autocorrelator = Autocorrelator.forFloat32Array(size);
    this.nsdf = new Float32Array(size);
    this.keys = new Int32Array((size >> 1) + 1);
  }

  /** The fundamental in Hz (0 when there is no key maximum); `clarity` is set alongside. */
  find(input: Float32Array, sampleRate: number): number {
    const nsdf = this.nsdf;
    const n = this.size;
    this.autocorrelator.autocorrelate(input, nsdf);
    // NSDF (MPM eq. 9): 2 r'(τ) / m'(τ), with m' updated incrementally and stopped once it is spent.
    let m = 2 * (nsdf[0] as number);
    let i = 0;
    for (; i < n && m > 0; i++) {
      nsdf[i] = (2 * (nsdf[i] as number)) / m;
      const a = input[i] as number;
      const b = input[n - i - 1] as number;
      m -= a * a + b * b;
    }
    for (; i < n; i++) nsdf[i] = 0;
    // Key maxima: the highest point between a rising and the next falling zero crossing.
    let count = 0;
    let looking = false;
    let max = Number.NEGATIVE_INFINITY;
    let maxIndex = -1;
    let highest = Number.NEGATIVE_INFINITY;
    for (let j = 1; j < n - 1; j++) {
      const before = nsdf[j - 1] as number;
      const here = nsdf[j] as number;
      if (before <= 0 && here > 0) {
        looking = true;
        maxIndex = j;
        max = here;
      } else if (before > 0 && here <= 0) {
        looking = false;
        if (maxIndex !== -1) {
          this.keys[count++] = maxIndex;
          if ((nsdf[maxIndex] as number) > highest) highest = nsdf[maxIndex] as number;
        }
      } else if (looking && here > max) {
        max = here;
        maxIndex = j;
      }
    }
    if (count === 0) {
      this.clarity = 0;
      return 0;
    }
    let chosen = this.keys[0] as number;
    for (let k = 0; k < count; k++) {
      const index = this.keys[k] as number;
      if ((nsdf[index] as number) >= KEY_MAXIMUM_SHARE * highest) {
        chosen = index;
        break;
      }
    }
    // Parabola through the key maximum and its neighbours: its vertex refines position and height.
    const y0 = nsdf[chosen - 1] as number;
    const y1 = nsdf[chosen] as number;
    const y2 = nsdf[chosen + 1] as number;
    const x0 = chosen - 1;
    const x1 = chosen;
    const x2 = chosen + 1;
    const a = y0 / 2 - y1 + y2 / 2;
    const b = -(y0 / 2) * (x1 + x2) + y1 * (x0 + x2) - (y2 / 2) * (x0 + x1);
    const c = (y0 * x1 * x2) / 2 - y1 * x0 * x2 + (y2 * x0 * x1) / 2;
    const xMax = -b / (2 * a);
    this.clarity = Math.min(a * xMax * xMax + b * xMax + c, 1);
    return sampleRate / xMax;
  }
}

/** The estimator the frame analyzer uses: MPM, with unclear or out-of-voice estimates as 0. Buffers per window size. */
export function pitchyEstimator(): PitchEstimator {
  let detector: McLeodPitch | null = null;
  return {
    estimate(window, sampleRate) {
      if (detector === null || detector.size !== window.length) detector = new McLeodPitch(window.length);
      const hz = detector.find(window, sampleRate);
      return detector.clarity >= MIN_CLARITY && hz >= VOICE_HZ[0] && hz <= VOICE_HZ[1] ? hz : 0;
    },
  };
}
