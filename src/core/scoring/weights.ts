import type { Outcome, StructureStep, Technique, Tone } from '../scenario/vocabulary';

/**
 * The rubric's numbers, in one place so docs/scoring.md can quote them. Each is traced to the
 * article in docs/scoring.md.
 */

/** How each tone scores (article: Empathie zeigen, sachlich bleiben, nicht persönlich nehmen). */
export const TONE_SCORES: Record<Tone, number> = {
  empathetic: 100,
  factual: 95,
  assertive: 90,
  apologetic: 75,
  evasive: 40,
  defensive: 25,
  dismissive: 10,
  aggressive: 0,
};

/** One aggressive answer caps the tone score: "keine Reaktion im Affekt". */
export const AGGRESSIVE_TONE_CAP = 50;
/** A polite interruption of a talkative customer sounds assertive; cutting off someone who needs to vent sounds dismissive. */
export const INTERRUPT_TONE = { fits: TONE_SCORES.assertive, unfit: TONE_SCORES.dismissive };

/**
 * An answer the author marked as not fitting the moment (`moment.fits: false`) scores like a
 * defensive one, whatever its tone label: warm words while the queue waits are not empathy
 * (article: „Gespräch fokussieren“; the right strategy depends on the customer and the moment).
 */
export const UNFIT_MOMENT_TONE = TONE_SCORES.defensive;
/**
 * A timeout counts for tone as evasive when the customer was heated (anger at or above
 * HEATED_ANGER) or an angry customer was kept waiting: silence then reads as avoidance
 * (article: „Ruhe bewahren“, „Transparenz schaffen“). With a calm customer it costs patience only.
 */
export const HEATED_TIMEOUT_TONE = TONE_SCORES.evasive;
/** Hesitating longer than this (ms) before answering a heated customer counts as keeping them waiting. */
export const LONG_HESITATION_MS = 12_000;
/** Escalation handling loses this much for each timeout or long hesitation while the customer is heated. */
export const PENALTY_HEATED_WAIT = 5;

/** Which techniques fulfil which step of a well-structured conversation. */
export const STEP_TECHNIQUES: Record<StructureStep, readonly Technique[]> = {
  acknowledge: ['active_listening', 'empathy'],
  clarify: ['open_question', 'closed_question'],
  summarise: ['neutral_summary'],
  offer: ['alternatives', 'individual_solution'],
  commit: ['binding_next_steps'],
};
/** Offering a solution before acknowledging the emotion. */
export const PENALTY_SOLUTION_BEFORE_ACKNOWLEDGE = 15;
/** Offering a solution before a single clarifying question (solving before understanding). */
export const PENALTY_OFFER_BEFORE_CLARIFY = 10;

/** Default value of each ending for escalation handling; a scenario may set `ending.score`. */
export const OUTCOME_SCORES: Record<Outcome, number> = {
  resolved: 100,
  follow_up_agreed: 90,
  escalated_to_supervisor: 70,
  relationship_ended: 70,
  customer_left_undecided: 40,
  customer_left_angry: 10,
};
/**
 * Endings that leave the customer's concern unsolved: the customer walks out without what they
 * came for. A conversation ending so is at most CRITICAL_CAP overall, whatever the tone — the
 * article's goal is „Probleme nachhaltig behoben“, and a pleasant conversation that solves
 * nothing is not a success.
 */
export const UNSOLVED_OUTCOMES: readonly Outcome[] = ['customer_left_angry', 'customer_left_undecided'];
export const CRITICAL_CAP = 35;
/** How much the change of the customer's patience counts in the mood trajectory (anger and trust count ½ each). */
export const PATIENCE_TRAJECTORY_WEIGHT = 0.25;

/** Escalation handling = OUTCOME_WEIGHT × ending + (1 − OUTCOME_WEIGHT) × mood trajectory − penalties. */
export const OUTCOME_WEIGHT = 0.5;
export const PENALTY_UNWARRANTED_DRASTIC_STEP = 15;
export const PENALTY_COUNTER_ESCALATION = 10;
export const PENALTY_UNFIT_INTERRUPT = 10;
/** Anger at or above which a defensive, dismissive or aggressive answer counts as counter-escalation. */
export const HEATED_ANGER = 60;
/** Escalating without a `warrants:` entry is still right after this many de-escalation attempts at this anger. */
export const ESCALATION_AFTER_ATTEMPTS = 2;
export const ESCALATION_ANGER = 70;
export const DEESCALATION_TECHNIQUES: readonly Technique[] = [
  'active_listening',
  'empathy',
  'stay_calm',
  'keep_distance',
  'alternatives',
  'neutral_summary',
];

/** A missed better alternative is a key moment when it was at least this much better. */
export const KEY_MOMENT_MERIT_GAP = 10;
/** A chosen best answer is a key moment when it lowered anger by at least this much. */
export const STRONG_MOMENT_ANGER_DROP = 15;

/** Verdict bands shared by all three scores. */
export const BANDS = [
  { min: 85, key: 'excellent' },
  { min: 70, key: 'good' },
  { min: 50, key: 'fair' },
  { min: 0, key: 'weak' },
] as const;
export type Band = (typeof BANDS)[number]['key'];

export function bandOf(score: number): Band {
  return BANDS.find((b) => score >= b.min)?.key ?? 'weak';
}
