import type { BudgetCheck } from './budgets';
import type { BundleFigures } from './bundle';
import type { CoreFigures } from './core';
import type { FramesFigures } from './frames';
import type { LeakFigures } from './leaks';
import type { ServerFigures } from './server';
import type { StartupFigures } from './startup';
import type { VoiceFigures } from './voice';

/** The bench's sections, in the order they run; each can run alone (`--only=frames`). */
export const SECTIONS = ['core', 'server', 'bundle', 'startup', 'frames', 'leaks', 'voice'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface Sections {
  core?: CoreFigures;
  bundle?: BundleFigures;
  startup?: StartupFigures;
  frames?: FramesFigures;
  leaks?: LeakFigures;
  voice?: VoiceFigures;
  server?: ServerFigures;
}

/** When a section was measured, on which commit, and how long it took. */
export interface Measured {
  at: string;
  commit: string;
  seconds: number;
}

/** bench/results.json: the latest figures of every section (sections not run this time are kept from earlier runs). */
export interface BenchResults {
  machine: { node: string; cpus: number; chromium: string | null; webgl: string };
  measured: Partial<Record<SectionName, Measured>>;
  sections: Sections;
  budgets: BudgetCheck[];
}
