import type { Localized } from '../scenario/schema';
import { type VoiceFeedback, voiceFeedback } from '../voice/feedback';
import type { VoiceRecord } from '../voice/schema';
import { BAND_LABELS } from './messages';
import type { FeedbackReport } from './report';
import type { ScoreItem } from './tone';
import { bandOf, CRITICAL_CAP } from './weights';

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
  for (const item of feedback.items)
    score -= item.kind === 'problem' ? DELIVERY_PENALTY.problem : item.kind === 'watch' ? DELIVERY_PENALTY.watch : 0;
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
  return {
    score,
    verdict: BAND_LABELS[bandOf(score)],
    reasons: [...wording.reasons, combined(wording.score, delivery)],
  };
}

/**
 * The report with voice folded in: „Tonfall“ combines wording and delivery, and the overall score
 * follows (same mean, same cap for an unsolved concern as buildReport). Without voice, or with
 * voice not measured, the report comes back unchanged apart from `voice`.
 */
export function withVoice(
  report: FeedbackReport,
  record: VoiceRecord | null | undefined,
): FeedbackReport & { voice: VoiceFeedback | null } {
  if (!record) return { ...report, voice: null };
  const feedback = voiceFeedback(record);
  const tone = combineTone(report.tone, feedback);
  if (tone === report.tone) return { ...report, voice: feedback };
  const mean = Math.round((tone.score + report.structure.score + report.escalation.score) / 3);
  const score = report.overall.capped ? Math.min(mean, CRITICAL_CAP) : mean;
  return {
    ...report,
    tone,
    overall: { ...report.overall, score, verdict: BAND_LABELS[bandOf(score)] },
    voice: feedback,
  };
}
