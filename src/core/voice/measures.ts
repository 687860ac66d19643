/** What voice mode keeps of one spoken answer: numbers only, never audio. */
export interface UtteranceMeasures {
  /** Customer line end → trainee's voice onset (s); 0 when the trainee was already speaking. Null if silent. */
  latencyS: number | null;
  /** Voice onset → last voiced frame (s). */
  durationS: number;
  /** Duration without pauses (s): the time actually spent speaking. */
  speechS: number;
  /** Syllable nuclei counted in the signal. */
  syllables: number;
  /** Syllables per second of speech; null below half a second of speech. */
  rate: number | null;
  /** Power mean of the voiced frames (dBFS). */
  loudnessDbfs: number | null;
  /** Median fundamental (Hz); null with too few pitched frames. */
  pitchMedianHz: number | null;
  /** 10th → 90th percentile of the pitch (semitones). */
  pitchRangeSt: number | null;
  /** Pauses of 250 ms or longer inside the answer. */
  pauses: number;
  pauseS: number;
  /** Voice while the customer was speaking, before or during this answer (s). */
  overlapS: number;
}

/** A whole conversation's measures: the same numbers, pooled over its answers. */
export interface VoiceSummary {
  answers: number;
  spoken: number;
  speechS: number;
  rate: number | null;
  loudnessDbfs: number | null;
  pitchMedianHz: number | null;
  pitchRangeSt: number | null;
  latencyS: number | null;
  overlapS: number;
  pauses: number;
}

/** Measures relative to the trainee's own calibration sentence. */
export interface VoiceRelative {
  /** Rate ÷ baseline rate (1 = own normal pace). */
  rateRatio: number | null;
  /** dB above the baseline loudness. */
  loudnessDb: number | null;
  /** Semitones above the baseline median pitch. */
  pitchSt: number | null;
  /** Pitch range minus baseline range (semitones). */
  rangeSt: number | null;
}

function weightedMedian(pairs: [value: number, weight: number][]): number | null {
  if (pairs.length === 0) return null;
  const sorted = pairs.slice().sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, p) => s + p[1], 0);
  let seen = 0;
  for (const [value, weight] of sorted) {
    seen += weight;
    if (seen >= total / 2) return value;
  }
  return (sorted[sorted.length - 1] as [number, number])[0];
}

/** Pools answers: rate over all speech, loudness as a power mean, pitch as speech-weighted medians. */
export function summarise(answers: readonly UtteranceMeasures[]): VoiceSummary {
  const spoken = answers.filter((a) => a.latencyS !== null && a.speechS > 0);
  const speechS = spoken.reduce((s, a) => s + a.speechS, 0);
  const rated = spoken.filter((a) => a.rate !== null);
  const ratedS = rated.reduce((s, a) => s + a.speechS, 0);
  const loud = spoken.filter((a) => a.loudnessDbfs !== null);
  const loudS = loud.reduce((s, a) => s + a.speechS, 0);
  const power = loud.reduce((s, a) => s + 10 ** ((a.loudnessDbfs as number) / 10) * a.speechS, 0);
  const latencies = spoken.flatMap((a) => (a.latencyS === null ? [] : [[a.latencyS, 1] as [number, number]]));
  return {
    answers: answers.length,
    spoken: spoken.length,
    speechS,
    rate: ratedS > 0 ? rated.reduce((s, a) => s + a.syllables, 0) / ratedS : null,
    loudnessDbfs: loudS > 0 ? 10 * Math.log10(power / loudS) : null,
    pitchMedianHz: weightedMedian(
      spoken.flatMap((a) => (a.pitchMedianHz === null ? [] : [[a.pitchMedianHz, a.speechS]])),
    ),
    pitchRangeSt: weightedMedian(spoken.flatMap((a) => (a.pitchRangeSt === null ? [] : [[a.pitchRangeSt, a.speechS]]))),
    latencyS: weightedMedian(latencies),
    overlapS: answers.reduce((s, a) => s + a.overlapS, 0),
    pauses: answers.reduce((s, a) => s + a.pauses, 0),
  };
}

type Comparable = Pick<VoiceSummary, 'rate' | 'loudnessDbfs' | 'pitchMedianHz' | 'pitchRangeSt'>;

export function relativeTo(value: Comparable, baseline: Comparable | null): VoiceRelative {
  const both = (a: number | null, b: number | null | undefined): b is number =>
    a !== null && b !== null && b !== undefined;
  return {
    rateRatio: both(value.rate, baseline?.rate) && baseline?.rate ? (value.rate as number) / baseline.rate : null,
    loudnessDb: both(value.loudnessDbfs, baseline?.loudnessDbfs)
      ? (value.loudnessDbfs as number) - (baseline?.loudnessDbfs as number)
      : null,
    pitchSt: both(value.pitchMedianHz, baseline?.pitchMedianHz)
      ? 12 * Math.log2((value.pitchMedianHz as number) / (baseline?.pitchMedianHz as number))
      : null,
    rangeSt: both(value.pitchRangeSt, baseline?.pitchRangeSt)
      ? (value.pitchRangeSt as number) - (baseline?.pitchRangeSt as number)
      : null,
  };
}
