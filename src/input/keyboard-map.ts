import type { SessionStoreState } from '../state/session-store';

/**
 * Keys → conversation actions of the session store, as a data table (racing-game's Keyboard.ts
 * style). Each action returns true when it did something, so the key's default (scrolling on
 * Space) is prevented.
 */
export const KEY_ACTIONS: Record<string, (s: SessionStoreState) => boolean> = {
  Digit1: (s) => s.chooseNumber(1),
  Digit2: (s) => s.chooseNumber(2),
  Digit3: (s) => s.chooseNumber(3),
  Digit4: (s) => s.chooseNumber(4),
  Numpad1: (s) => s.chooseNumber(1),
  Numpad2: (s) => s.chooseNumber(2),
  Numpad3: (s) => s.chooseNumber(3),
  Numpad4: (s) => s.chooseNumber(4),
  Space: (s) => s.dispatch({ type: 'interrupt' }),
  Escape: (s) => s.togglePause(),
  Enter: (s) => s.skip(),
};
