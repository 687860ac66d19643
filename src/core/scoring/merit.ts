import type { Response, ScenarioNode } from '../scenario/schema';
import { TONE_SCORES } from './weights.ts';

/**
 * How good a response is in the moment: its effect on the customer's mood (less anger, more
 * trust, more patience) plus a little for its tone. Authors steer it through `effects`; the
 * response with the highest merit at a decision is the "better alternative" in feedback.
 */
export function responseMerit(response: Response): number {
  const e = response.effects;
  return -(e.anger ?? 0) + (e.trust ?? 0) + 0.5 * (e.patience ?? 0) + (TONE_SCORES[response.tone] - 50) / 5;
}

/** The response with the highest merit (the first on a tie). */
export function bestResponse(node: ScenarioNode): Response | undefined {
  let best: Response | undefined;
  for (const r of node.responses ?? []) if (!best || responseMerit(r) > responseMerit(best)) best = r;
  return best;
}

export type Cue = 'good' | 'mixed' | 'poor';

/**
 * The sparse cue practice mode shows after an answer (one of three, no explanation — details
 * belong in the debrief, since dense live feedback hurts learning).
 */
export function cueFor(node: ScenarioNode, responseId: string): Cue {
  const chosen = node.responses?.find((r) => r.id === responseId);
  const best = bestResponse(node);
  if (!chosen || !best) return 'mixed';
  const merit = responseMerit(chosen);
  if (responseMerit(best) - merit <= 5) return 'good';
  return merit >= 0 ? 'mixed' : 'poor';
}
