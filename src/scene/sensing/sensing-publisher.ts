import type { StoreApi } from 'zustand/vanilla';
import { copyTotals, emptyTotals, type SensingTotals } from '../../core/sensing/totals';
import type { SpeechStoreState } from '../../speech/speech-store';
import type { SessionStore } from '../../state/session-store';

/** The sensor's running totals (added to in place every frame) and which of their versions the store has. */
export interface SensorTally {
  totals: SensingTotals;
  /** Bumped whenever the totals change. */
  version: number;
  /** The version the session store last received. */
  published: number;
}

export interface SensingPublisher {
  /** Hands the totals to the session store now, if they changed and the conversation still runs. */
  publish(): void;
  /** Stops publishing at intents and line ends (publishes what is left first). */
  dispose(): void;
}

/**
 * When the body-language totals reach the session store: just before the store applies an intent
 * (an answer, a pause, a line spoken, a timeout — through an intent gate that lets everything
 * pass), and when the customer stops speaking. Every reader of the totals reads them at one of
 * those moments: the checkpoint saved with an intent, the debrief built after the last line or
 * after a pause (abandoning needs one), the recording saved with the debrief. Nothing shows them
 * while the customer speaks, and the sensor counts only while the customer speaks and the
 * conversation runs, so the store is exact whenever it is read — and a line is never interrupted
 * by a store update, which notifies every subscriber (the panels' and the DOM's selectors, React's
 * checks): the bench found a timed publish the app's largest cost in a speaking frame.
 */
export function publishSensing(
  session: SessionStore,
  speech: StoreApi<SpeechStoreState>,
  tally: SensorTally,
): SensingPublisher {
  const publish = () => {
    // After the debrief is built its figures stay as they were.
    if (tally.version === tally.published || session.getState().screen !== 'conversation') return;
    tally.published = tally.version;
    session.getState().setSensing(copyTotals(tally.totals, emptyTotals()));
  };
  const removeGate = session.getState().addIntentGate(() => {
    publish();
    return 'pass';
  });
  const offSpeech = speech.subscribe((state, prev) => {
    if (prev.speaking && !state.speaking) publish();
  });
  return {
    publish,
    dispose() {
      removeGate();
      offSpeech();
      publish();
    },
  };
}
