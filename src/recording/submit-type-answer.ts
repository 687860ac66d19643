import { runIdOf, withRecordedTypeAnswer } from '../core/recording/create';
import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import type { CustomerType } from '../core/scenario/vocabulary';
import type { SessionLog } from '../core/session/log';
import type { SessionSummary } from '../storage/session-repository';
import { recordsStore, settled, write } from './records-store';

/** A stored session is this run when scenario and run id agree (as for the protocol, submit-protocol.ts). */
const isThisRun = (recording: Pick<Recording, 'scenarioId' | 'seed' | 'runId'>, log: SessionLog, runId: string) =>
  recording.scenarioId === log.scenarioId && runIdOf(recording) === runId;

const withRecognised = (summary: SessionSummary, scenario: Scenario, answer: CustomerType): SessionSummary => ({
  ...summary,
  typeRecognised: answer === scenario.customer.type,
});

/**
 * Stores the answer to „Welcher Kundentyp war das?“ with the run's saved session, the way the
 * protocol is stored: after the end-of-session save (records-store queues writes), on the session
 * with this run's id, or on the kept unsaved one. When the save has not started yet, the saver
 * takes the answer from the session store itself (session-saver.ts). Resolves to whether it was
 * written now.
 */
export async function submitTypeAnswer(
  scenario: Scenario,
  log: SessionLog,
  answer: CustomerType,
  runId: string = log.seed,
): Promise<boolean> {
  await settled();
  const { lastSaved, repository, unsaved } = recordsStore.getState();
  const saved = lastSaved ? await repository.get(lastSaved.id).catch(() => undefined) : undefined;
  if (saved && isThisRun(saved, log, runId)) {
    const done = await write('save', async (repo) => {
      await repo.update(saved.id, (rec, summary) => ({
        recording: withRecordedTypeAnswer(rec, answer),
        summary: withRecognised(summary, scenario, answer),
      }));
      return true;
    });
    return done === true;
  }
  if (unsaved && isThisRun(unsaved.recording, log, runId)) {
    recordsStore.setState({
      unsaved: {
        recording: withRecordedTypeAnswer(unsaved.recording, answer),
        summary: withRecognised(unsaved.summary, scenario, answer),
      },
    });
  }
  return false;
}
