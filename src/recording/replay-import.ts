import { importRecording } from '../core/exchange/import';
import type { ImportProblem } from '../core/exchange/problem';
import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { scenarioFingerprint } from '../core/session/fingerprint';
import { ReplayError } from '../core/session/log';
import type { SessionSummary } from '../storage/session-repository';
import { recordedProtocolCheck } from './recorded-protocol';
import { write } from './records-store';
import { RECORDS_TEXT } from './records-texts';
import { summarizeRecording } from './summary';

/** What became of one imported file. */
export type ImportOutcome =
  | { file: string; status: 'imported' | 'exists'; id: string }
  | { file: string; status: 'refused'; problems: ImportProblem[] }
  | { file: string; status: 'failed' };

/**
 * The list row of an imported recording. A replay file carries no scores (the schema refuses
 * unknown fields): tone, structure, escalation and overall come from re-running its log
 * (`summarizeRecording`), the protocol's score from checking its protocol against that log,
 * as the debrief does — so a hand-edited file cannot claim a score its log and protocol do not earn.
 */
function importedSummary(recording: Recording, scenario: Scenario): SessionSummary {
  const summary = summarizeRecording(recording, scenario);
  const check = recordedProtocolCheck(scenario, recording);
  return check ? { ...summary, scores: { ...summary.scores, protocol: check.score } } : summary;
}

/**
 * Imports replay files one by one: each is checked in full (`importRecording`), then against a
 * scenario of this app (it must exist in the exact version recorded, or scores and replay would
 * be wrong), and only then stored. A refused file stores nothing; a session already on the
 * device is left as it is (it may carry trainer notes the file lacks); a failed write (full
 * storage) is reported through the records store's problem and changes nothing either.
 */
export async function importReplayFiles(
  files: readonly { name: string; text: string }[],
  loadScenario: (id: string) => Promise<Scenario | undefined>,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const { name, text } of files) {
    const result = importRecording(text, name);
    if (!result.ok) {
      outcomes.push({ file: name, status: 'refused', problems: result.problems });
      continue;
    }
    const { recording } = result;
    const scenario = await loadScenario(recording.scenarioId).catch(() => undefined);
    if (!scenario || scenarioFingerprint(scenario) !== recording.scenarioFingerprint) {
      const message = {
        de: RECORDS_TEXT.scenarioMissing.de.replace('{id}', recording.scenarioId),
        en: RECORDS_TEXT.scenarioMissing.en.replace('{id}', recording.scenarioId),
      };
      outcomes.push({ file: name, status: 'refused', problems: [{ file: name, field: 'scenarioId', message }] });
      continue;
    }
    let summary: SessionSummary;
    try {
      summary = importedSummary(recording, scenario);
    } catch (error) {
      if (!(error instanceof ReplayError)) throw error;
      const message = {
        de: `${RECORDS_TEXT.logMismatch.de} (${error.message})`,
        en: `${RECORDS_TEXT.logMismatch.en} (${error.message})`,
      };
      outcomes.push({ file: name, status: 'refused', problems: [{ file: name, field: 'intents', message }] });
      continue;
    }
    const status = await write('import', async (repository) => {
      if (await repository.get(recording.id)) return 'exists' as const;
      await repository.put(recording, summary);
      return 'imported' as const;
    });
    outcomes.push(status ? { file: name, status, id: recording.id } : { file: name, status: 'failed' });
  }
  return outcomes;
}
