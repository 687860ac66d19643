import type { Scenario } from '../scenario/schema';
import type { SessionLog } from '../session/log';
import { checkProtocol, type ProtocolCheck } from './check';
import type { ConversationProtocol } from './schema';
import { sessionFactsOf } from './session-facts';

/**
 * The protocol check of one session, from what a recording holds: the scenario's key facts and
 * follow-up endings, the log re-run for what happened, and the session's calendar date
 * (YYYY-MM-DD; the caller picks the time zone). The debrief, the print page and an imported
 * replay file all score a protocol this way, so a stored score is never taken from a file.
 */
export function checkSessionProtocol(
  scenario: Scenario,
  log: SessionLog,
  protocol: ConversationProtocol,
  sessionDate: string,
): ProtocolCheck {
  const happened = sessionFactsOf(scenario, log, {
    followUpEndings: scenario.protocol?.followUpEndings ?? [],
    startedAt: sessionDate,
  });
  return checkProtocol(protocol, happened, scenario.protocol?.facts ?? []);
}
