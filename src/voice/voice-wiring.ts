import { presentChoices } from '../core/dialogue/present';
import { textSyllables } from '../core/voice/syllables';
import type { SessionStore, UiIntent } from '../state/session-store';
import {
  activeCapture,
  awaitSpokenAnswer,
  beginAnswerTurn,
  calibrate,
  closeVoice,
  openVoice,
  setCustomerSpeaking,
} from './voice-session';
import { voiceStore } from './voice-store';

/**
 * Connects voice mode to the conversation store without the store knowing about it:
 * - the customer's lines (phase `speaking`) mark overlap; their end starts the trainee's turn;
 * - a chosen answer is held until it has been said (voice end, time limit or skip), then
 *   dispatched, so the customer reacts to the spoken answer; deadline ticks wait meanwhile
 *   (the decision was made in time);
 * - leaving the conversation closes the microphone.
 */

/** Opens the microphone and runs the calibration sentence, when voice mode is on. Call before starting (or entering VR). */
export async function prepareVoice(options: { calibrate: boolean } = { calibrate: true }): Promise<void> {
  if (!voiceStore.getState().enabled) return;
  const ok = await openVoice();
  if (ok && options.calibrate) await calibrate();
  else if (ok) voiceStore.setState({ phase: 'conversation' });
}

/** Answers belong to one run: a new start (or "try again") begins with none. */
function newRun(): void {
  const voice = voiceStore.getState();
  if (!voice.enabled) return;
  if (activeCapture()) voiceStore.setState({ answers: [] });
  // "Try again" from the debrief: the microphone closed there; reopen it, keeping the baseline.
  else if (voice.status === 'measured') void prepareVoice({ calibrate: voice.baseline === null });
}

export function installVoice(store: SessionStore): () => void {
  const original = store.getState().dispatch;
  let holding = false;
  const dispatch = (intent: UiIntent): boolean => {
    const capture = activeCapture();
    if (!capture || voiceStore.getState().phase === 'off') return original(intent);
    if (holding && (intent.type === 'tick' || intent.type === 'choose' || intent.type === 'interrupt')) return false;
    if (intent.type !== 'choose') return original(intent);
    const { scenario, run, startedAt } = store.getState();
    if (!scenario || !run || run.state.phase !== 'choosing' || run.state.pausedAt !== null) return original(intent);
    const choice = presentChoices(scenario, run.state).find((c) => c.id === intent.response);
    holding = true;
    const atMs = performance.now() - startedAt;
    void awaitSpokenAnswer(atMs, choice ? textSyllables(choice.text, run.state.locale) : undefined).then(() => {
      holding = false;
      original(intent);
    });
    return true;
  };
  store.setState({ dispatch });

  const unsubscribe = store.subscribe((state, prev) => {
    const phase = state.run?.state.phase;
    const was = prev.run?.state.phase;
    if (state.screen !== 'conversation') {
      if (prev.screen === 'conversation') closeVoice();
      return;
    }
    // Every start draws a fresh seed: a changed seed is a new run.
    if (prev.screen !== 'conversation' || state.run?.log.seed !== prev.run?.log.seed) newRun();
    if (phase !== was) {
      setCustomerSpeaking(phase === 'speaking');
      if (phase === 'choosing') beginAnswerTurn();
    }
  });
  return () => {
    unsubscribe();
    store.setState({ dispatch: original });
  };
}
