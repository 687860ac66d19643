import { useEffect } from 'react';
import { presentLines } from '../core/dialogue/present';
import { estimateDuration } from '../core/speech/timeline';
import { sessionStore, useSession } from '../state/session';

/** Pause after the last line before the choices appear, so the trainee can take it in. */
const SETTLE_MS = 600;

/**
 * Times the customer's lines from their text when no voice speaks them, then tells the store
 * they are spoken. A new beat, a pause or a resume restarts the timer for the current lines.
 */
export function useSpeechPacing(): void {
  const state = useSession((s) => s.run?.state);
  useEffect(() => {
    const scenario = sessionStore.getState().scenario;
    if (!scenario || !state || state.pausedAt !== null) return;
    if (state.phase !== 'speaking' && state.phase !== 'ended') return;
    const text = presentLines(scenario, state)
      .map((l) => l.text)
      .join(' ');
    const ms = estimateDuration(text, state.locale, scenario.customer.voice.rate) * 1000 + SETTLE_MS;
    const timer = window.setTimeout(() => sessionStore.getState().finishSpeaking(), ms);
    return () => window.clearTimeout(timer);
  }, [state]);
}
