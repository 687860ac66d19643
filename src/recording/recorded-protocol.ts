import type { ProtocolCheck } from '../core/protocol/check';
import { checkSessionProtocol } from '../core/protocol/session-check';
import { sessionLogOf } from '../core/recording/create';
import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { localIsoDate } from '../i18n/local-date';

/**
 * The check of the protocol a recording holds („Dokumentation“), as the debrief showed it, or null
 * when none was written. Always recomputed from the log: a stored or imported score is never trusted.
 */
export function recordedProtocolCheck(scenario: Scenario, recording: Recording): ProtocolCheck | null {
  if (!recording.protocol) return null;
  return checkSessionProtocol(
    scenario,
    sessionLogOf(recording),
    recording.protocol,
    localIsoDate(new Date(recording.startedAt)),
  );
}
