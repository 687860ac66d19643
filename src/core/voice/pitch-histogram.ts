/**
 * Pitch values collected in quarter-semitone bins from 50 Hz to 800 Hz: medians and percentiles of
 * any number of frames in fixed memory, without sorting or allocating per frame.
 */

const BASE_HZ = 50;
const BINS_PER_SEMITONE = 4;
const SEMITONES = 48;
const BIN_COUNT = SEMITONES * BINS_PER_SEMITONE;

export function semitones(fromHz: number, toHz: number): number {
  return 12 * Math.log2(toHz / fromHz);
}

export class PitchHistogram {
  private readonly bins = new Uint32Array(BIN_COUNT);
  count = 0;

  add(hz: number): void {
    if (!(hz > 0)) return;
    const bin = Math.floor(semitones(BASE_HZ, hz) * BINS_PER_SEMITONE);
    if (bin < 0 || bin >= BIN_COUNT) return;
    this.bins[bin] = (this.bins[bin] as number) + 1;
    this.count++;
  }

  addAll(other: PitchHistogram): void {
    for (let i = 0; i < BIN_COUNT; i++) this.bins[i] = (this.bins[i] as number) + (other.bins[i] as number);
    this.count += other.count;
  }

  /** The p-th quantile (0..1) in Hz, interpolated inside its bin; NaN when empty. */
  quantileHz(p: number): number {
    if (this.count === 0) return Number.NaN;
    const target = p * this.count;
    let seen = 0;
    for (let i = 0; i < BIN_COUNT; i++) {
      const n = this.bins[i] as number;
      if (n > 0 && seen + n >= target) {
        const within = (target - seen) / n;
        return BASE_HZ * 2 ** ((i + within) / BINS_PER_SEMITONE / 12);
      }
      seen += n;
    }
    return BASE_HZ * 2 ** (SEMITONES / 12);
  }

  /** Standard deviation in semitones around the median. */
  spreadSemitones(): number {
    if (this.count < 2) return Number.NaN;
    const median = semitones(BASE_HZ, this.quantileHz(0.5)) * BINS_PER_SEMITONE;
    let sum = 0;
    for (let i = 0; i < BIN_COUNT; i++) {
      const d = (i + 0.5 - median) / BINS_PER_SEMITONE;
      sum += (this.bins[i] as number) * d * d;
    }
    return Math.sqrt(sum / this.count);
  }

  reset(): void {
    this.bins.fill(0);
    this.count = 0;
  }
}
