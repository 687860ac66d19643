import type { Localized, Scenario } from '../scenario/schema';
import { DRASTIC_TECHNIQUES, type DrasticTechnique } from '../scenario/vocabulary';
import type { Act, Conversation } from './acts';
import { BAND_LABELS, DRASTIC_LABELS, TEXT } from './messages';
import type { ScoreItem } from './tone';
import {
  bandOf,
  DEESCALATION_TECHNIQUES,
  ESCALATION_AFTER_ATTEMPTS,
  ESCALATION_ANGER,
  HEATED_ANGER,
  LONG_HESITATION_MS,
  OUTCOME_SCORES,
  OUTCOME_WEIGHT,
  PATIENCE_TRAJECTORY_WEIGHT,
  PENALTY_COUNTER_ESCALATION,
  PENALTY_HEATED_WAIT,
  PENALTY_UNFIT_INTERRUPT,
  PENALTY_UNWARRANTED_DRASTIC_STEP,
  UNSOLVED_OUTCOMES,
} from './weights';

/**
 * How the mood moved: 50 for no change, up with less anger and more trust, and with patience
 * kept (a customer left waiting runs out of patience even while staying polite; article:
 * „Geduld und Empathie sind hierbei zentrale Säulen“).
 */
export function moodTrajectoryScore(c: Pick<Conversation, 'startMood' | 'endMood'>): number {
  const calmer = c.startMood.anger - c.endMood.anger;
  const trusting = c.endMood.trust - c.startMood.trust;
  const patient = c.endMood.patience - c.startMood.patience;
  return Math.max(0, Math.min(100, 50 + 0.5 * calmer + 0.5 * trusting + PATIENCE_TRAJECTORY_WEIGHT * patient));
}

/**
 * Whether a drastic step was right at that moment: the node says so (`warrants:`), or — for
 * handing over and setting a boundary — de-escalation was tried repeatedly and the customer is
 * still very angry (article FAQ: "Wenn trotz Deeskalationsversuchen keine Einigung erzielt wird").
 */
export function isWarranted(
  scenario: Scenario,
  acts: readonly Act[],
  index: number,
  technique: DrasticTechnique,
): boolean {
  const act = acts[index];
  if (!act) return false;
  if (scenario.nodes[act.node]?.warrants?.includes(technique)) return true;
  if (technique === 'end_relationship') return false;
  const attempts = acts
    .slice(0, index)
    .filter(
      (a) => a.kind === 'response' && a.response.techniques.some((t) => DEESCALATION_TECHNIQUES.includes(t)),
    ).length;
  return attempts >= ESCALATION_AFTER_ATTEMPTS && act.moodBefore.anger >= ESCALATION_ANGER;
}

/**
 * Escalation handling: the ending and the mood trajectory, minus penalties for drastic steps
 * without need, sharp answers to an upset customer and cutting off a customer who needs to vent.
 */
export function scoreEscalation(scenario: Scenario, c: Conversation): ScoreItem {
  const reasons: Localized[] = [];
  const endingNode = c.ending ? scenario.nodes[c.ending.node] : undefined;
  const outcome = endingNode?.ending ? (endingNode.ending.score ?? OUTCOME_SCORES[endingNode.ending.outcome]) : 0;
  if (!c.ending) reasons.push(TEXT.unfinished);
  // The overall cap itself is applied in report.ts; the reason is listed here, where the debrief shows reasons.
  else if (UNSOLVED_OUTCOMES.includes(c.ending.outcome)) reasons.push(TEXT.unsolved);
  const trajectory = moodTrajectoryScore(c);
  reasons.push(
    TEXT.moodChange(
      c.endMood.anger - c.startMood.anger,
      c.endMood.trust - c.startMood.trust,
      c.endMood.patience - c.startMood.patience,
    ),
  );
  let score = OUTCOME_WEIGHT * outcome + (1 - OUTCOME_WEIGHT) * trajectory;

  let sharp = 0;
  let waited = 0;
  c.acts.forEach((act, i) => {
    if (act.kind === 'interrupt' && !act.fits) score -= PENALTY_UNFIT_INTERRUPT;
    // Keeping a heated customer waiting (time ran out, or a long silence before answering) costs.
    const heated = act.moodBefore.anger >= HEATED_ANGER;
    if (heated && (act.kind === 'timeout' || (act.kind === 'response' && (act.latencyMs ?? 0) > LONG_HESITATION_MS)))
      waited += 1;
    if (act.kind !== 'response') return;
    for (const technique of DRASTIC_TECHNIQUES) {
      if (act.response.techniques.includes(technique) && !isWarranted(scenario, c.acts, i, technique)) {
        score -= PENALTY_UNWARRANTED_DRASTIC_STEP;
        reasons.push(TEXT.unwarranted(DRASTIC_LABELS[technique]));
      }
    }
    if (heated && ['defensive', 'dismissive', 'aggressive'].includes(act.response.tone)) sharp += 1;
  });
  if (waited > 0) {
    score -= waited * PENALTY_HEATED_WAIT;
    reasons.push(TEXT.heatedWait(waited));
  }
  if (sharp > 0) {
    score -= sharp * PENALTY_COUNTER_ESCALATION;
    reasons.push(TEXT.counterEscalation(sharp));
  }
  score = Math.round(Math.max(0, Math.min(100, score)));
  return { score, verdict: BAND_LABELS[bandOf(score)], reasons };
}
