import { decodePoseTrack, PoseTrackError } from '../recording/pose-track';
import type { Recording } from '../recording/schema';
import { IMPORT_TEXT } from './messages';
import type { SchemaFinding } from './schema-problems';

/**
 * What the schema cannot see field by field: the pose columns decode to their sample counts,
 * the log's clock never runs backwards, and notes and steps lie within the session.
 */
export function consistencyFindings(recording: Recording): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  try {
    decodePoseTrack(recording.poses);
  } catch (error) {
    if (!(error instanceof PoseTrackError)) throw error;
    const [part, column] = error.field.split('.') as [string, string];
    findings.push({ path: ['poses', part, column], message: IMPORT_TEXT.poseTrack(error.field, error.reason) });
  }
  const { durationMs, pausedMs } = recording.timings;
  recording.intents.forEach((intent, i) => {
    const before = recording.intents[i - 1];
    if (before && intent.at < before.at)
      findings.push({ path: ['intents', i, 'at'], message: IMPORT_TEXT.timeBackwards(i) });
    if (intent.at > durationMs)
      findings.push({
        path: ['intents', i, 'at'],
        message: IMPORT_TEXT.afterEnd({ de: `Schritt ${i + 1}`, en: `Step ${i + 1}` }),
      });
  });
  if (pausedMs > durationMs)
    findings.push({
      path: ['timings', 'pausedMs'],
      message: IMPORT_TEXT.afterEnd({ de: 'Die Pausenzeit', en: 'The paused time' }),
    });
  recording.notes.forEach((note, i) => {
    if (note.atMs > durationMs)
      findings.push({
        path: ['notes', i, 'atMs'],
        message: IMPORT_TEXT.afterEnd({ de: `Notiz ${i + 1}`, en: `Note ${i + 1}` }),
      });
  });
  return findings;
}
