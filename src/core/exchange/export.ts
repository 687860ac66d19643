import { type Recording, recordingSchema } from '../recording/schema';

/**
 * A recording as a replay file. Checked against the schema first, so a device never writes a
 * file another device would refuse. Two-space indentation keeps line numbers in import errors
 * useful; the bulk of a file is the pose columns, which indentation does not grow.
 */
export function exportRecording(recording: Recording): string {
  const checked = recordingSchema.parse(recording);
  return `${JSON.stringify(checked, null, 2)}\n`;
}

/** A file name for the download: scenario, pseudonym, start date; safe on every file system. */
export function recordingFileName(recording: Recording): string {
  const date = recording.startedAt.slice(0, 10);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `counterpart-${safe(recording.scenarioId)}-${safe(recording.pseudonym)}-${date}.json`;
}
