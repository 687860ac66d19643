import { exportRecording, recordingFileName } from '../core/exchange/export';
import type { Recording } from '../core/recording/schema';
import type { ScenarioLoader } from '../core/scenario/catalogue';
import { scenarioFingerprint } from '../core/session/fingerprint';
import { downloadText } from './download';
import { recordsStore } from './records-store';
import { exportTrainee, traineeExportFileName, traineeExportText } from './trainee-export';
import { statementsFileName, statementsOf } from './xapi-export';

/** The user's downloads from the data pages: what to fetch, and the file it becomes. */

async function stored(id: string): Promise<Recording | undefined> {
  return recordsStore.getState().repository.get(id);
}

/** A recording as a replay file, for another device. */
export function downloadRecording(recording: Recording): void {
  downloadText(recordingFileName(recording), exportRecording(recording));
}

/** A stored session as a replay file. */
export async function downloadReplay(id: string): Promise<boolean> {
  const recording = await stored(id);
  if (recording) downloadRecording(recording);
  return recording !== undefined;
}

/** A session's xAPI statements as a JSON array, for a learning record store. False when the scenario is not in this app. */
export async function downloadStatements(id: string, loadScenario: ScenarioLoader): Promise<boolean> {
  const recording = await stored(id);
  const scenario = recording ? await loadScenario(recording.scenarioId) : undefined;
  if (!recording || !scenario || scenarioFingerprint(scenario) !== recording.scenarioFingerprint) return false;
  const statements = statementsOf(recording, scenario, window.location.href);
  downloadText(statementsFileName(recording), `${JSON.stringify(statements, null, 2)}\n`);
  return true;
}

/** Everything of one pseudonym in one file. */
export async function downloadTraineeData(pseudonym: string): Promise<number> {
  const now = new Date().toISOString();
  const data = await exportTrainee(recordsStore.getState().repository, pseudonym, now);
  downloadText(traineeExportFileName(pseudonym, now), traineeExportText(data));
  return data.sessions.length;
}
