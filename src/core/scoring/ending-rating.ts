import type { Scenario } from '../scenario/schema';
import { DRASTIC_TECHNIQUES } from '../scenario/vocabulary';
import type { Conversation } from './acts';
import { isWarranted } from './escalation';
import { OUTCOME_SCORES } from './weights';

/** How good the ending reached is, for the colour of the debrief's ending chip. */
export type EndingRating = 'good' | 'mixed' | 'poor';

/** Ending scores (the node's `score:` or the outcome's default) at or above these are good or mixed. */
export const ENDING_GOOD = 70;
export const ENDING_MIXED = 40;

/**
 * The ending's rating: its score as the author set it (or the outcome's default), capped at
 * "mixed" when the trainee took a drastic step (handing over, a boundary, ending the
 * relationship) that was not warranted at that moment. A hand-over is a proper ending when
 * de-escalation has failed (article: "Wenn trotz Deeskalationsversuchen keine Einigung erzielt
 * wird"), not when the trainee gave up early; a green chip would then praise the shortcut that
 * the escalation score penalises. Null while the conversation has no ending.
 */
export function rateEnding(scenario: Scenario, c: Pick<Conversation, 'acts' | 'ending'>): EndingRating | null {
  if (!c.ending) return null;
  const node = scenario.nodes[c.ending.node];
  const score = node?.ending?.score ?? OUTCOME_SCORES[c.ending.outcome];
  const rating: EndingRating = score >= ENDING_GOOD ? 'good' : score >= ENDING_MIXED ? 'mixed' : 'poor';
  if (rating !== 'good') return rating;
  const shortcut = c.acts.some(
    (act, i) =>
      act.kind === 'response' &&
      DRASTIC_TECHNIQUES.some(
        (technique) => act.response.techniques.includes(technique) && !isWarranted(scenario, c.acts, i, technique),
      ),
  );
  return shortcut ? 'mixed' : 'good';
}
