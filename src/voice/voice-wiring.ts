import { presentChoices } from '../core/dialogue/present';
import { textSyllables } from '../core/voice/syllables';
import type { IntentGate, SessionStore } from '../state/session-store';
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
 * Connects voice mode to the conversation store without the store knowing about it, through an
 * intent gate (`addIntentGate`) and a subscription:
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
  let holding = false;
  const gate: IntentGate = (intent, state) => {
    if (!activeCapture() || voiceStore.getState().phase === 'off') return 'pass';
    if (holding && (intent.type === 'tick' || intent.type === 'choose' || intent.type === 'interrupt')) return 'drop';
    if (intent.type !== 'choose') return 'pass';
    const { scenario, run, startedAt } = state;
    if (!scenario || !run || run.state.phase !== 'choosing' || run.state.pausedAt !== null) return 'pass';
    const choice = presentChoices(scenario, run.state).find((c) => c.id === intent.response);
    holding = true;
    const atMs = performance.now() - startedAt;
    void awaitSpokenAnswer(atMs, choice ? textSyllables(choice.text, run.state.locale) : undefined).then(() => {
      holding = false;
      store.getState().applyHeld(intent);
    });
    return 'hold';
  };
  const removeGate = store.getState().addIntentGate(gate);

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
    removeGate();
  };
}
