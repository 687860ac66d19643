import type { Localized } from '../scenario/schema';
import type { Tone } from '../scenario/vocabulary';
import type { Act } from './acts';
import { BAND_LABELS, TEXT, TONE_LABELS } from './messages';
import {
  AGGRESSIVE_TONE_CAP,
  bandOf,
  HEATED_ANGER,
  HEATED_TIMEOUT_TONE,
  INTERRUPT_TONE,
  TONE_SCORES,
  UNFIT_MOMENT_TONE,
} from './weights';

export interface ScoreItem {
  score: number;
  verdict: Localized;
  reasons: Localized[];
}

/**
 * Tone: the mean of the chosen responses' tone scores; an answer that does not fit the moment
 * scores as poor whatever its label, a timeout while the customer is heated counts as evasive,
 * and an aggressive answer caps the score.
 */
export function scoreTone(acts: readonly Act[], options: { angryCustomer?: boolean } = {}): ScoreItem {
  const values: number[] = [];
  const counts = new Map<Tone, number>();
  const mistimed: Localized[] = [];
  let aggressive = false;
  let unfitInterrupt = false;
  let fitInterrupts = 0;
  let heatedTimeouts = 0;
  for (const act of acts) {
    if (act.kind === 'response') {
      const unfit = act.response.moment?.fits === false;
      values.push(unfit ? UNFIT_MOMENT_TONE : TONE_SCORES[act.response.tone]);
      counts.set(act.response.tone, (counts.get(act.response.tone) ?? 0) + 1);
      if (unfit && act.response.moment) mistimed.push(act.response.moment.why);
      if (act.response.tone === 'aggressive') aggressive = true;
    } else if (act.kind === 'interrupt') {
      values.push(act.fits ? INTERRUPT_TONE.fits : INTERRUPT_TONE.unfit);
      if (act.fits) fitInterrupts += 1;
      else unfitInterrupt = true;
    } else if (act.moodBefore.anger >= HEATED_ANGER || options.angryCustomer) {
      values.push(HEATED_TIMEOUT_TONE);
      heatedTimeouts += 1;
    }
  }
  if (values.length === 0) return { score: 0, verdict: BAND_LABELS.weak, reasons: [TEXT.toneNoAnswers] };
  let score = values.reduce((a, b) => a + b, 0) / values.length;
  if (aggressive) score = Math.min(score, AGGRESSIVE_TONE_CAP);
  score = Math.round(score);
  const mix = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([tone, count]) => ({ label: TONE_LABELS[tone], count }));
  const reasons: Localized[] = mix.length > 0 ? [TEXT.toneMix(mix)] : [];
  if (fitInterrupts > 0) reasons.push(TEXT.toneFitInterrupts(fitInterrupts));
  if (mistimed.length > 0) reasons.push(TEXT.toneWrongMoment(mistimed));
  if (heatedTimeouts > 0) reasons.push(TEXT.toneHeatedTimeouts(heatedTimeouts));
  if (aggressive) reasons.push(TEXT.toneAggressiveCap);
  if (unfitInterrupt) reasons.push(TEXT.toneUnfitInterrupt);
  return { score, verdict: BAND_LABELS[bandOf(score)], reasons };
}
