import { createRecording } from '../core/recording/create';
import type { PoseTrack } from '../core/recording/pose-track';
import type { Recording } from '../core/recording/schema';
import type { SessionStoreState } from '../state/session-store';

export interface RecordingClocks {
  /** The session store's clock (performance.now in the app): what `startedAt` is measured on. */
  clockNow(): number;
  /** Wall clock (ms since 1970), for the ISO start time. */
  wallNow(): number;
}

/**
 * The recording of the store's conversation as it ends. The session clock runs on
 * performance.now, so the wall-clock start is "now" minus the time the session has run; after a
 * reload (a resumed checkpoint) that is when the conversation would have started without the gap.
 */
export function recordingOfSession(
  state: Pick<SessionStoreState, 'run' | 'runId' | 'startedAt' | 'sensing'> &
    Partial<Pick<SessionStoreState, 'abandoned'>>,
  pseudonym: string,
  id: string,
  poses: PoseTrack,
  clocks: RecordingClocks,
): Recording | null {
  const { run } = state;
  if (!run) return null;
  const endMs = Math.max(0, Math.round(clocks.clockNow() - state.startedAt));
  return createRecording({
    id,
    pseudonym,
    startedAt: new Date(clocks.wallNow() - endMs).toISOString(),
    log: run.log,
    runId: state.runId ?? run.log.seed,
    endMs,
    poses,
    sensing: state.sensing,
    abandoned: state.abandoned === true,
  });
}
