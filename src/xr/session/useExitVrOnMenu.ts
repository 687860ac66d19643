import { useEffect } from 'react';
import { sessionStore } from '../../state/session';
import { xrStore } from './xr-store';

/**
 * "Back to menu" from the debrief in VR leaves VR: the menu is a DOM page, which a headset does
 * not show, and a trainee left at an empty counter would have no way on. Only the step into the
 * menu counts; entering VR from the menu (before the scenario has started) stays in VR.
 */
export function useExitVrOnMenu(): void {
  useEffect(
    () =>
      sessionStore.subscribe((state, previous) => {
        if (state.screen !== 'menu' || previous.screen === 'menu') return;
        xrStore
          .getState()
          .session?.end()
          .catch(() => undefined);
      }),
    [],
  );
}
