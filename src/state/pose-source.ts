import { PoseRecorder } from '../core/recording/pose-recorder';
import { type PoseTrack, PoseTrackError } from '../core/recording/pose-track';
import { sessionStore } from './session';

/**
 * The trainee's poses of the conversation in progress, for the three that need them: PoseCapture
 * records into the recorder from the frame loop, the checkpoint keeper saves them after every turn,
 * the end-of-session save stores them. The recorder lives here, not in PoseCapture, so it outlives
 * the scene (a lazily mounted canvas, a remount) and a resumed conversation can be given its
 * saved poses before any frame is drawn.
 *
 * The recorder belongs to one conversation, named by its run id (the store's `runId`): fresh for
 * every start, the same after a reload. Asking for another conversation's poses gives none, so a checkpoint or a
 * recording never gets the poses of the conversation before, whichever store subscriber runs first.
 */
const recorder = new PoseRecorder();
let owner: string | null = null;

/** The recorder of the run with this id; a new run starts it empty. */
export function recorderFor(runId: string): PoseRecorder {
  if (owner !== runId) {
    recorder.reset();
    owner = runId;
  }
  return recorder;
}

/**
 * A conversation resumed from its checkpoint records on from its saved poses (none when the
 * checkpoint has none). Called before the store switches to it, so the checkpoint saved at that
 * switch already holds them.
 */
export function continuePoses(runId: string, track: PoseTrack | null): void {
  recorder.reset();
  owner = runId;
  if (!track) return;
  try {
    recorder.restore(track);
  } catch (error) {
    // readCheckpoint has checked the track; this is a last line, and the conversation goes on without them.
    console.warn(
      `Counterpart: the saved poses could not be restored (${error instanceof PoseTrackError ? error.message : String(error)}); recording starts over`,
    );
    recorder.reset();
  }
}

/** The poses recorded so far in the run with this id, in stored form; null before its first frame. */
export function posesOf(runId: string): PoseTrack | null {
  return owner === runId ? recorder.encode() : null;
}

/** The poses of the store's conversation (the one that just ended, for the end-of-session save). */
export function currentPoseTrack(): PoseTrack {
  const runId = sessionStore.getState().runId;
  return (runId !== null && posesOf(runId)) || new PoseRecorder().encode();
}
