import type { Localized } from '../scenario/schema';
import type { VoiceFeedback } from '../voice/feedback';
import { BAND_LABELS } from './messages';
import type { ScoreItem } from './tone';
import { bandOf } from './weights';

/**
 * „Tonfall“ with voice measured: the wording (the tone of the chosen answers) and the delivery
 * (how it was said) together. Delivery starts at 100 and loses points for each measure the
 * feedback marks: a problem costs DELIVERY_PENALTY.problem, a point to watch DELIVERY_PENALTY.watch.
 * Wording keeps the larger share: a calm voice does not rescue a dismissive answer.
 */
export const DELIVERY_PENALTY = { problem: 20, watch: 8 } as const;
export const WORDING_SHARE = 0.6;

export function deliveryScore(feedback: VoiceFeedback): number | null {
  if (feedback.status !== 'measured' || feedback.summary === null || feedback.summary.spoken === 0) return null;
  let score = 100;
  for (const item of feedback.items) score -= item.kind === 'problem' ? DELIVERY_PENALTY.problem : item.kind === 'watch' ? DELIVERY_PENALTY.watch : 0;
  return Math.max(0, score);
}

const combined = (wording: number, delivery: number): Localized => ({
  de: `Wortwahl ${wording} und Stimme ${delivery} zusammen (${Math.round(WORDING_SHARE * 100)} : ${Math.round((1 - WORDING_SHARE) * 100)}).`,
  en: `Wording ${wording} and voice ${delivery} combined (${Math.round(WORDING_SHARE * 100)} : ${Math.round((1 - WORDING_SHARE) * 100)}).`,
});

/** The tone score with delivery folded in; unchanged when the voice was not measured. */
export function combineTone(wording: ScoreItem, feedback: VoiceFeedback): ScoreItem {
  const delivery = deliveryScore(feedback);
  if (delivery === null) return wording;
  const score = Math.round(WORDING_SHARE * wording.score + (1 - WORDING_SHARE) * delivery);
  return { score, verdict: BAND_LABELS[bandOf(score)], reasons: [...wording.reasons, combined(wording.score, delivery)] };
}
