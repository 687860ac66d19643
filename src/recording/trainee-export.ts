import { exportRecording } from '../core/exchange/export';
import type { Recording } from '../core/recording/schema';
import type { SessionRepository, SessionSummary } from '../storage/session-repository';

export const TRAINEE_EXPORT_FORMAT = 'counterpart-trainee-export';
export const TRAINEE_EXPORT_VERSION = 1;

/**
 * Everything stored about one pseudonym, as one file (GDPR art. 20, portability): each session's
 * summary (scores as shown) and its recording exactly as a replay file holds it — each recording
 * goes through `exportRecording`, so it is schema-checked and can be cut out and imported alone.
 */
export interface TraineeExport {
  format: typeof TRAINEE_EXPORT_FORMAT;
  version: typeof TRAINEE_EXPORT_VERSION;
  pseudonym: string;
  exportedAt: string;
  sessions: { summary: SessionSummary; recording: Recording }[];
}

export async function exportTrainee(
  repository: SessionRepository,
  pseudonym: string,
  nowIso: string,
): Promise<TraineeExport> {
  const summaries = (await repository.list()).filter((s) => s.pseudonym === pseudonym);
  const sessions: TraineeExport['sessions'] = [];
  for (const summary of summaries) {
    const recording = await repository.get(summary.id);
    if (recording) sessions.push({ summary, recording: JSON.parse(exportRecording(recording)) as Recording });
  }
  return { format: TRAINEE_EXPORT_FORMAT, version: TRAINEE_EXPORT_VERSION, pseudonym, exportedAt: nowIso, sessions };
}

export function traineeExportText(data: TraineeExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function traineeExportFileName(pseudonym: string, nowIso: string): string {
  return `counterpart-data-${pseudonym.replace(/[^A-Za-z0-9_-]+/g, '-')}-${nowIso.slice(0, 10)}.json`;
}
