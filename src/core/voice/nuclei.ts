/**
 * Syllable nuclei: each syllable has one loudness peak on its vowel. Counting peaks of the
 * loudness envelope that rise and fall by a minimum prominence, are voiced (have a pitch) and are
 * loud enough, estimates the syllable count without knowing the words (after de Jong & Wempe,
 * "Praat script to detect syllable nuclei", 2009). Online, allocation-free.
 */

export const NUCLEI = {
  /** A peak must stand out this much from the dips on both sides. */
  prominenceDb: 2,
  /** Peaks closer than this are one syllable (caps the rate at 12.5 syllables/s). */
  minGapSeconds: 0.08,
  /** A peak must be this far above the noise floor. */
  minAboveFloorDb: 12,
} as const;

export class NucleusPicker {
  /** True only on the frame where a nucleus was confirmed. */
  found = false;
  private seekingPeak = true;
  private peak = -Infinity;
  private peakVoiced = false;
  private peakFrame = 0;
  private dip = Infinity;
  private lastNucleus = -Infinity;
  private frame = 0;
  private readonly minGapFrames: number;
  // A three-frame power average smooths the ripple of low voices (one period ≈ one frame at 80 Hz).
  private p1 = 0;
  private p2 = 0;

  constructor(frameSeconds: number) {
    this.minGapFrames = Math.max(1, Math.round(NUCLEI.minGapSeconds / frameSeconds));
  }

  update(dbfs: number, voiced: boolean, floorDbfs: number): void {
    this.found = false;
    const p0 = 10 ** (dbfs / 10);
    const x = 10 * Math.log10((p0 + this.p1 + this.p2) / 3 + 1e-12);
    this.p2 = this.p1;
    this.p1 = p0;
    const f = this.frame++;
    if (this.seekingPeak) {
      if (x < this.dip) {
        // A new low: the climb so far was not a syllable, start it again from here.
        this.dip = x;
        this.peak = x;
        this.peakVoiced = voiced;
        this.peakFrame = f;
      } else if (x > this.peak) {
        this.peak = x;
        this.peakVoiced = voiced;
        this.peakFrame = f;
      } else if (this.peak - x >= NUCLEI.prominenceDb) {
        if (
          this.peakVoiced &&
          this.peak - this.dip >= NUCLEI.prominenceDb &&
          this.peak >= floorDbfs + NUCLEI.minAboveFloorDb &&
          this.peakFrame - this.lastNucleus >= this.minGapFrames
        ) {
          this.found = true;
          this.lastNucleus = this.peakFrame;
        }
        this.seekingPeak = false;
        this.dip = x;
      }
    } else if (x < this.dip) {
      this.dip = x;
    } else if (x - this.dip >= NUCLEI.prominenceDb) {
      this.seekingPeak = true;
      this.peak = x;
      this.peakVoiced = voiced;
      this.peakFrame = f;
    }
  }

  reset(): void {
    this.found = false;
    this.seekingPeak = true;
    this.peak = -Infinity;
    this.dip = Infinity;
    this.peakVoiced = false;
    this.lastNucleus = -Infinity;
    this.frame = 0;
    this.p1 = this.p2 = 0;
  }
}
