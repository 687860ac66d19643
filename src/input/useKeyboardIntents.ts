import { useEffect } from 'react';
import { sessionStore } from '../state/session';
import { KEY_ACTIONS } from './keyboard-map';

/** Turns key presses into conversation intents; renders nothing. */
export function useKeyboardIntents(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // A focused button handles Enter/Space itself; text fields keep their keys.
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      if (target?.tagName === 'BUTTON' && (event.code === 'Enter' || event.code === 'Space')) return;
      const action = KEY_ACTIONS[event.code];
      if (action?.(sessionStore.getState())) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
