import { createStore } from 'zustand/vanilla';
import type { Counter } from '../../core/scenario/schema';
import type { Locale } from '../../core/scenario/vocabulary';

/**
 * The counter and language the sign shows while content other than the live conversation stands
 * on the stage — the trainer's replay of a recorded session, whose sign must read as the trainee
 * saw it, in the session's language, not the review menu's. Null: the live session decides.
 */
export interface SignSource {
  counter: Counter | undefined;
  locale: Locale;
}

export const signOverride = createStore<{ source: SignSource | null }>()(() => ({ source: null }));

/** What the sign shows: the override when one is set, else the live session (or the menu before one starts). */
export function signSource(override: SignSource | null, live: SignSource): SignSource {
  return override ?? live;
}
