import type { Localized } from '../scenario/schema';
import { MEASURE_IDS, MEASURE_LABELS, MEASURE_UNITS, type MeasureId, VOICE_LIMITS } from './feedback';
import { relativeTo, type UtteranceMeasures } from './measures';

/** One measure of one spoken answer, as the review shows it beside the replay. */
export interface AnswerRow {
  id: MeasureId;
  label: Localized;
  value: number | null;
  unit: string;
  /** Against the trainee's calibration sentence ("+2.4 semitones"), where both were measured. */
  relative: Localized | null;
  /** Above the limit where the debrief marks the answer as a moment (voice rose, louder, faster). */
  raised: boolean;
}

const signed = (value: number, digits: number): string => `${value > 0 ? '+' : ''}${value.toFixed(digits)}`;
/** German writes the decimal comma. */
const de = (figure: string): string => figure.replace('.', ',');

/** The six measures of one answer, each with how it compares to the baseline. */
export function answerRows(measures: UtteranceMeasures, baseline: UtteranceMeasures | null): AnswerRow[] {
  const r = relativeTo(measures, baseline);
  const value: Record<MeasureId, number | null> = {
    'speaking-rate': measures.rate,
    'pitch-median': measures.pitchMedianHz,
    'pitch-range': measures.pitchRangeSt,
    loudness: measures.loudnessDbfs,
    'response-latency': measures.latencyS,
    overlap: measures.overlapS,
  };
  const relative: Partial<Record<MeasureId, Localized>> = {};
  if (r.rateRatio !== null) {
    const pct = signed(Math.round((r.rateRatio - 1) * 100), 0);
    relative['speaking-rate'] = { de: `${pct} % ggü. Einsprechen`, en: `${pct}% vs. voice check` };
  }
  if (r.pitchSt !== null) {
    const st = signed(r.pitchSt, 1);
    relative['pitch-median'] = { de: `${de(st)} Halbtöne ggü. Einsprechen`, en: `${st} semitones vs. voice check` };
  }
  if (r.rangeSt !== null) {
    const st = signed(r.rangeSt, 1);
    relative['pitch-range'] = { de: `${de(st)} Halbtöne ggü. Einsprechen`, en: `${st} semitones vs. voice check` };
  }
  if (r.loudnessDb !== null) {
    const db = signed(r.loudnessDb, 1);
    relative.loudness = { de: `${de(db)} dB ggü. Einsprechen`, en: `${db} dB vs. voice check` };
  }
  const raised: Partial<Record<MeasureId, boolean>> = {
    'speaking-rate': r.rateRatio !== null && r.rateRatio > VOICE_LIMITS.fastRatio,
    'pitch-median': r.pitchSt !== null && r.pitchSt > VOICE_LIMITS.pitchRiseSt,
    loudness: r.loudnessDb !== null && r.loudnessDb > VOICE_LIMITS.louderDb,
    overlap: measures.overlapS > VOICE_LIMITS.overlapS,
  };
  return MEASURE_IDS.map((id) => ({
    id,
    label: MEASURE_LABELS[id],
    value: value[id],
    unit: MEASURE_UNITS[id],
    relative: relative[id] ?? null,
    raised: raised[id] ?? false,
  }));
}
