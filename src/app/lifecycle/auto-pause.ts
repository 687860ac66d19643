import type { SessionStore } from '../../state/session-store';

/** Why the app pauses the conversation by itself. */
export const PAUSE_REASONS = ['page-hidden', 'xr-hidden', 'graphics-lost', 'other-page'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export interface AutoPause {
  /** Something keeps the trainee from the conversation: pause it (if it runs and is not paused yet). */
  hold(reason: PauseReason): void;
  /**
   * That reason is over; when none is left, resume what was paused here — or, with
   * `resume: false`, leave it paused for the trainee to resume (as if they had paused it).
   */
  release(reason: PauseReason, resume?: boolean): void;
  isHeld(reason: PauseReason): boolean;
  dispose(): void;
}

/**
 * Pauses the conversation while the page is hidden, the headset shows its system menu or sleeps,
 * another page of the app is open (`#/history`, `#/review`, …), or the graphics are being restored — and resumes it afterwards, but only a pause it made itself:
 * a trainee who paused on purpose stays paused, and one who resumed in between is not paused
 * again. The engine's pause stops the decision's clock; the speech director falls silent on it.
 * A conversation that starts while something holds (a link opened in a background tab) is paused
 * at once.
 */
export function createAutoPause(store: SessionStore): AutoPause {
  const held = new Set<PauseReason>();
  /** The current pause was made here. */
  let ours = false;
  const pauseIfRunning = () => {
    const { screen, run, dispatch } = store.getState();
    const state = run?.state;
    if (screen !== 'conversation' || !state || state.phase === 'ended' || state.pausedAt !== null) return;
    if (dispatch({ type: 'pause' })) ours = true;
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.startedAt !== prev.startedAt || state.scenario !== prev.scenario) {
      ours = false;
      if (held.size > 0) pauseIfRunning();
    } else if (state.run !== prev.run && state.run?.state.pausedAt == null) {
      // Resumed by the trainee (or the run is gone): the pause is no longer ours to lift.
      ours = false;
    }
  });
  return {
    hold(reason) {
      held.add(reason);
      pauseIfRunning();
    },
    release(reason, resume = true) {
      if (!held.delete(reason)) return;
      if (!resume) ours = false;
      if (held.size > 0 || !ours) return;
      ours = false;
      const { run, dispatch } = store.getState();
      if (run && run.state.pausedAt !== null) dispatch({ type: 'resume' });
    },
    isHeld: (reason) => held.has(reason),
    dispose: unsubscribe,
  };
}
