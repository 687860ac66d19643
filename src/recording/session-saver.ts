import { withRecordedTypeAnswer } from '../core/recording/create';
import type { PoseTrack } from '../core/recording/pose-track';
import { recordingSchema } from '../core/recording/schema';
import { withVoice } from '../core/scoring/delivery';
import type { SessionStore, SessionStoreState } from '../state/session-store';
import { voiceRecordOf, voiceStore } from '../voice/voice-store';
import { resolvePseudonym } from './pseudonym';
import { saveSession } from './records-store';
import { recordingOfSession } from './session-recording';
import { summarizeRecording } from './summary';

/**
 * A conversation at the moment it reached the debrief, with everything that would change soon
 * after (the poses, the clocks) read at that moment; saving can then wait for this module, which
 * is loaded on demand because the recording schema needs the full zod.
 */
export interface FinishedSession {
  state: SessionStoreState;
  poses: PoseTrack;
  /** The session store's clock and the wall clock when the debrief appeared. */
  clockNow: number;
  wallNow: number;
  /** A fresh UUID for the recording. */
  id: string;
  /** A random number in [0, 1) for a generated pseudonym. */
  random: number;
}

/**
 * Stores a finished conversation: its log, sensing totals and poses as a Recording, with the
 * debrief's scores as its summary. A session without a valid pseudonym gets a generated one,
 * which also goes into the settings, so the next attempts and the history use the same handle.
 */
export async function saveFinishedSession(store: SessionStore, finished: FinishedSession): Promise<boolean> {
  const { state } = finished;
  if (!state.report || !state.run || !state.scenario) return false;
  const pseudonym = resolvePseudonym(state.settings.pseudonym, () => finished.random);
  const recorded = recordingOfSession(state, pseudonym, finished.id, finished.poses, {
    clockNow: () => finished.clockNow,
    wallNow: () => finished.wallNow,
  });
  if (!recorded) return false;
  // The type question may have been answered while this module loaded: take the answer along
  // (an answer after this point updates the stored session, see submit-type-answer.ts).
  const now = store.getState();
  const typeAnswer = (now.runId === state.runId ? now.report : state.report)?.typeRecognition?.answer;
  const recording = typeAnswer ? withRecordedTypeAnswer(recorded, typeAnswer) : recorded;
  // Voice mode's numbers (never audio) go with the recording, so the replay and exports show them.
  const voice = voiceRecordOf(voiceStore.getState());
  if (voice) recording.voice = voice;
  const checked = recordingSchema.safeParse(recording);
  if (!checked.success) {
    // Cannot happen with a log from the engine; if it does, say so rather than store a file no device could read.
    console.warn(
      'Counterpart: the session does not fit the recording format and was not saved',
      checked.error.issues.slice(0, 3),
    );
    return false;
  }
  // The stored scores are the debrief's: with voice, Tonfall includes the delivery.
  const summary = summarizeRecording(recording, state.scenario, {
    report: withVoice(state.report, voice),
    endingId: state.run.state.ending?.node ?? null,
  });
  if (
    pseudonym !== store.getState().settings.pseudonym &&
    store.getState().settings.pseudonym === state.settings.pseudonym
  ) {
    store.getState().setSettings({ pseudonym });
  }
  return saveSession(recording, summary);
}
