import { useLayoutEffect } from 'react';
import { loadingStore } from '../../state/loading-store';

/**
 * Tells the app whether the live customer is on stage (src/ui/loading-store.ts `customer`), so
 * the speech director holds the first line until the trainee can see who says it. `loading`
 * while the avatar's file loads (the Suspense fallback), `ready` once the model or its
 * placeholder is mounted, `none` when it leaves the stage.
 */
export function useCustomerPresence(state: 'loading' | 'ready', report: boolean): void {
  // A layout effect: React unmounts it when Suspense hides the model again (a new file), a passive one would stay.
  useLayoutEffect(() => {
    if (!report) return;
    loadingStore.setState({ customer: state });
    return () => {
      if (loadingStore.getState().customer === state) loadingStore.setState({ customer: 'none' });
    };
  }, [state, report]);
}
