import { fill, placeholderValues } from '../../core/dialogue/text';
import type { ProtocolCheck } from '../../core/protocol/check';
import { checkSessionProtocol } from '../../core/protocol/session-check';
import { sessionLogOf } from '../../core/recording/create';
import type { Recording } from '../../core/recording/schema';
import type { Scenario } from '../../core/scenario/schema';
import type { Locale, Outcome } from '../../core/scenario/vocabulary';
import { replay } from '../../core/session/log';
import { localIsoDate } from '../../i18n/local-date';
import { type PrintRow, printTranscript } from './print-transcript';

/** Everything the print page shows, derived once from a stored session and its scenario. */
export interface PrintModel {
  title: string;
  outcome: Outcome | null;
  check: ProtocolCheck | null;
  /** null when the scenario changed since the recording and the log no longer replays. */
  transcript: PrintRow[] | null;
}

/**
 * Re-runs the log for the transcript, the ending and the protocol check — the same check the
 * debrief showed, since it is a pure function of the log, the key facts and the protocol.
 */
export function printModelOf(recording: Recording, scenario: Scenario | undefined, locale: Locale): PrintModel {
  const log = sessionLogOf(recording);
  const title = scenario
    ? fill(scenario.title[locale], placeholderValues(scenario, locale, log.placeholders))
    : recording.scenarioId;
  if (!scenario) return { title, outcome: null, check: null, transcript: null };
  try {
    const transcript = printTranscript(scenario, log);
    const outcome = replay(scenario, log).ending?.outcome ?? null;
    const check = recording.protocol
      ? checkSessionProtocol(scenario, log, recording.protocol, localIsoDate(new Date(recording.startedAt)))
      : null;
    return { title, outcome, check, transcript };
  } catch {
    // ReplayError: the scenario changed; the protocol itself is still printed.
    return { title, outcome: null, check: null, transcript: null };
  }
}
