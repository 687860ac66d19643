import { createStore } from 'zustand/vanilla';
import type { Localized } from '../core/scenario/schema';

/** A launch problem to show in one line (de/en); null when there is nothing to say. */
export interface LrsState {
  launchProblem: Localized | null;
  /** True while the app runs as a cmi5 AU (tests and the notice read it). */
  cmi5: 'launching' | 'active' | 'terminated' | null;
}

export const lrsStore = createStore<LrsState>()(() => ({ launchProblem: null, cmi5: null }));
