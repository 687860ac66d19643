import { presentChoices } from '../core/dialogue/present';
import type { SessionStoreState } from '../state/session-store';

/**
 * Keys → conversation actions, as a data table (racing-game's Keyboard.ts style). Each action
 * returns true when it did something, so the key's default (scrolling on Space) is prevented.
 */
export const KEY_ACTIONS: Record<string, (s: SessionStoreState) => boolean> = {
  Digit1: (s) => choose(s, 1),
  Digit2: (s) => choose(s, 2),
  Digit3: (s) => choose(s, 3),
  Digit4: (s) => choose(s, 4),
  Numpad1: (s) => choose(s, 1),
  Numpad2: (s) => choose(s, 2),
  Numpad3: (s) => choose(s, 3),
  Numpad4: (s) => choose(s, 4),
  Space: (s) => s.dispatch({ type: 'interrupt' }),
  Escape: (s) => togglePause(s),
  Enter: (s) => skipSpeech(s),
};

function choose(s: SessionStoreState, number: number): boolean {
  const state = s.run?.state;
  // The key follows the order shown (answers are shuffled per decision), not the file's order.
  const response = state && s.scenario ? presentChoices(s.scenario, state).find((c) => c.number === number) : undefined;
  return response ? s.dispatch({ type: 'choose', response: response.id }) : false;
}

export function togglePause(s: SessionStoreState): boolean {
  const state = s.run?.state;
  if (!state || state.phase === 'ended') return false;
  return s.dispatch({ type: state.pausedAt === null ? 'pause' : 'resume' });
}

/** Enter lets a fast reader move on before the customer's line has finished. */
function skipSpeech(s: SessionStoreState): boolean {
  const state = s.run?.state;
  if (!state || state.pausedAt !== null || (state.phase !== 'speaking' && state.phase !== 'ended')) return false;
  s.finishSpeaking();
  return true;
}
