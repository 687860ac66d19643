import type { Localized } from '../scenario/schema';
import type { Tone } from '../scenario/vocabulary';
import type { Act } from './acts';
import { BAND_LABELS, TEXT, TONE_LABELS } from './messages';
import { AGGRESSIVE_TONE_CAP, bandOf, INTERRUPT_TONE, TONE_SCORES } from './weights';

export interface ScoreItem {
  score: number;
  verdict: Localized;
  reasons: Localized[];
}

/** Tone: the mean of the chosen responses' tone scores; an aggressive answer caps it. */
export function scoreTone(acts: readonly Act[]): ScoreItem {
  const values: number[] = [];
  const counts = new Map<Tone, number>();
  let aggressive = false;
  let unfitInterrupt = false;
  for (const act of acts) {
    if (act.kind === 'response') {
      values.push(TONE_SCORES[act.response.tone]);
      counts.set(act.response.tone, (counts.get(act.response.tone) ?? 0) + 1);
      if (act.response.tone === 'aggressive') aggressive = true;
    } else if (act.kind === 'interrupt') {
      values.push(act.fits ? INTERRUPT_TONE.fits : INTERRUPT_TONE.unfit);
      if (!act.fits) unfitInterrupt = true;
    }
  }
  if (values.length === 0) return { score: 0, verdict: BAND_LABELS.weak, reasons: [TEXT.toneNoAnswers] };
  let score = values.reduce((a, b) => a + b, 0) / values.length;
  if (aggressive) score = Math.min(score, AGGRESSIVE_TONE_CAP);
  score = Math.round(score);
  const mix = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([tone, count]) => ({ label: TONE_LABELS[tone], count }));
  const reasons: Localized[] = mix.length > 0 ? [TEXT.toneMix(mix)] : [];
  if (aggressive) reasons.push(TEXT.toneAggressiveCap);
  if (unfitInterrupt) reasons.push(TEXT.toneUnfitInterrupt);
  return { score, verdict: BAND_LABELS[bandOf(score)], reasons };
}
