import type { Localized } from '../scenario/schema';
import type { StructureStep } from '../scenario/vocabulary';
import type { Act } from './acts';
import { BAND_LABELS, STEP_LABELS, TEXT } from './messages';
import type { ScoreItem } from './tone';
import { bandOf, PENALTY_OFFER_BEFORE_CLARIFY, PENALTY_SOLUTION_BEFORE_ACKNOWLEDGE, STEP_TECHNIQUES } from './weights';

/** The index of the first response that fulfils a step, or -1. */
function firstIndex(responses: readonly Act[], step: StructureStep): number {
  return responses.findIndex(
    (a) => a.kind === 'response' && a.response.techniques.some((t) => STEP_TECHNIQUES[step].includes(t)),
  );
}

/**
 * Structure: the share of the scenario's expected steps the trainee covered, minus penalties for
 * the wrong order (solution before acknowledging the feeling; offer before any clarifying question).
 */
export function scoreStructure(acts: readonly Act[], expected: readonly StructureStep[]): ScoreItem {
  const responses = acts.filter((a) => a.kind === 'response');
  const first = Object.fromEntries(expected.map((step) => [step, firstIndex(responses, step)])) as Partial<
    Record<StructureStep, number>
  >;
  const done = expected.filter((s) => (first[s] ?? -1) >= 0);
  const missing = expected.filter((s) => (first[s] ?? -1) < 0);
  let score = expected.length === 0 ? 100 : (100 * done.length) / expected.length;
  const reasons: Localized[] = done.length > 0 ? [TEXT.stepsDone(done.map((s) => STEP_LABELS[s]))] : [];
  if (missing.length > 0) reasons.push(TEXT.stepsMissing(missing.map((s) => STEP_LABELS[s])));

  const solutions = [firstIndex(responses, 'offer'), firstIndex(responses, 'commit')].filter((i) => i >= 0);
  const firstSolution = solutions.length > 0 ? Math.min(...solutions) : -1;
  const acknowledged = first.acknowledge ?? -1;
  if (expected.includes('acknowledge') && firstSolution >= 0 && (acknowledged < 0 || firstSolution < acknowledged)) {
    score -= PENALTY_SOLUTION_BEFORE_ACKNOWLEDGE;
    reasons.push(TEXT.solutionBeforeAcknowledge);
  }
  const offered = first.offer ?? -1;
  const clarified = first.clarify ?? -1;
  if (expected.includes('clarify') && offered >= 0 && (clarified < 0 || offered < clarified)) {
    score -= PENALTY_OFFER_BEFORE_CLARIFY;
    reasons.push(TEXT.offerBeforeClarify);
  }
  score = Math.round(Math.max(0, Math.min(100, score)));
  return { score, verdict: BAND_LABELS[bandOf(score)], reasons };
}
