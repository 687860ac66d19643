import type { SessionState } from './types';

/**
 * The first decision of a run that has a time limit. Before it, the trainee has never seen a
 * deadline; the conversation explains the limit there, once („Hier haben Sie 20 Sekunden – der
 * Kunde wartet.“), instead of letting the customer's impatience be the first hint.
 */
export interface FirstTimedDecision {
  node: string;
  /** Decisions answered before it (the state's `turn`): a later visit of the same node is another decision. */
  turn: number;
  /** The limit as the trainee gets it at the run's level, in whole seconds. */
  seconds: number;
}

/** Remembers the first timed decision: unchanged once known, otherwise taken from a state that opens one. */
export function noteFirstTimed(known: FirstTimedDecision | null, state: SessionState): FirstTimedDecision | null {
  if (known || state.phase !== 'choosing' || state.deadline === null || state.choicesShownAt === null) return known;
  return {
    node: state.beat.node,
    turn: state.turn,
    seconds: Math.round((state.deadline - state.choicesShownAt) / 1000),
  };
}

/**
 * The seconds to explain while the trainee is at the first timed decision (also when it opens again
 * after a timeout), or null anywhere else.
 */
export function timeLimitHint(first: FirstTimedDecision | null, state: SessionState): number | null {
  if (!first || state.phase !== 'choosing' || state.deadline === null) return null;
  return state.beat.node === first.node && state.turn === first.turn ? first.seconds : null;
}
