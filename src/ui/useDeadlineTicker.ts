import { useEffect } from 'react';
import { sessionStore, useSession } from '../state/session';

/** While a decision has a deadline, checks four times a second whether it has passed. */
export function useDeadlineTicker(): void {
  const deadline = useSession((s) =>
    s.run?.state.phase === 'choosing' && s.run.state.pausedAt === null ? s.run.state.deadline : null,
  );
  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => sessionStore.getState().dispatch({ type: 'tick' }), 250);
    return () => window.clearInterval(timer);
  }, [deadline]);
}
