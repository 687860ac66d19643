import type { Scenario } from '../scenario/schema';
import type { Mood, Outcome } from '../scenario/vocabulary';
import { readConversation } from '../scoring/acts';
import type { SessionLog } from '../session/log';

/** What actually happened in a session, as far as a protocol can be checked against it. */
export interface SessionFacts {
  ending: { node: string; outcome: Outcome } | null;
  /** A follow-up (date, call-back) was agreed in the ending reached. */
  followUpAgreed: boolean;
  finalMood: Mood;
  /** The session's calendar date (YYYY-MM-DD); a follow-up cannot lie before it. */
  sessionDate: string | null;
}

export const AGREEMENT_OUTCOMES: readonly Outcome[] = ['resolved', 'follow_up_agreed'];

/**
 * Re-runs the log for the ending and the final mood. `followUpEndings` comes from the scenario's
 * `protocol:` field; an ending with outcome follow_up_agreed always counts.
 */
export function sessionFactsOf(
  scenario: Scenario,
  log: SessionLog,
  options: { followUpEndings?: readonly string[]; startedAt?: string } = {},
): SessionFacts {
  const conversation = readConversation(scenario, log);
  const ending = conversation.ending;
  const followUpAgreed =
    ending !== null && (ending.outcome === 'follow_up_agreed' || (options.followUpEndings ?? []).includes(ending.node));
  const date = options.startedAt?.slice(0, 10) ?? null;
  return {
    ending,
    followUpAgreed,
    finalMood: conversation.endMood,
    sessionDate: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
  };
}
