import type { Difficulty, Emotion, Gesture, Locale, Mood, Outcome } from '../scenario/vocabulary';

/**
 * The engine's rules version. 1: answers in file order, the starting mood as written (logs made
 * before shuffling existed carry no version and replay under these rules). 2: each decision's
 * answers are shown in a seeded order, the starting mood varies within a band and the level
 * (difficulty) applies. New sessions record the current version in their log.
 */
export const ENGINE_RULES = 2;
export const LEGACY_RULES = 1;

/**
 * What the trainee (or the scene on the trainee's behalf) does. Every intent carries `at`: the
 * session clock in milliseconds since the session started, supplied by the caller's injected clock.
 */
export type Intent =
  /** The customer finished speaking the current lines (the scene reports it, Yarn Spinner style). */
  | { type: 'spoken'; at: number }
  | { type: 'choose'; at: number; response: string }
  | { type: 'interrupt'; at: number }
  | { type: 'timeout'; at: number }
  /** Time passes; turns into a timeout once a decision's deadline is reached. */
  | { type: 'tick'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number };

export const PHASES = ['speaking', 'choosing', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

/** Which list of lines the customer is saying now, and what happens once they are spoken. */
export interface Beat {
  node: string;
  source: 'say' | 'variant' | 'interrupt' | 'timeout';
  /** Index into `variants` when `source` is `variant`. */
  variant: number;
  /** The chosen alternative wording for each line. */
  wordings: number[];
  after: { kind: 'choices' } | { kind: 'goto'; node: string } | { kind: 'end' };
}

/** The whole conversation state: plain data, safe to JSON-serialise, save and restore. */
export interface SessionState {
  scenarioId: string;
  locale: Locale;
  seed: string;
  rng: number;
  /** The engine rules this conversation runs under (see ENGINE_RULES). */
  rules: number;
  difficulty: Difficulty;
  /**
   * While choosing: the display order of the node's responses (indices into `responses`), drawn
   * from `rng` when the choices open, so replay, review, print and xAPI show what the trainee saw.
   * Empty otherwise.
   */
  order: number[];
  overrides: Record<string, string>;
  phase: Phase;
  beat: Beat;
  mood: Mood;
  /** Session clock of the last accepted intent (ms). */
  now: number;
  pausedAt: number | null;
  /** When the current choices appeared (ms), for response latency. */
  choicesShownAt: number | null;
  /** When the current decision times out (ms), or null without a time limit. */
  deadline: number | null;
  /** True while the customer speaks lines that may be interrupted. */
  interruptible: boolean;
  /** Decisions answered so far. */
  turn: number;
  ending: { node: string; outcome: Outcome } | null;
}

export interface PresentedLine {
  text: string;
  emotion: Emotion;
  gesture: Gesture;
}

export interface PresentedChoice {
  id: string;
  /** 1-based position as shown (after shuffling), matching the keyboard shortcut. */
  number: number;
  text: string;
}

/** What the scene should present after a step. */
export type Output =
  | { type: 'say'; node: string; lines: PresentedLine[]; interruptible: boolean }
  | { type: 'choices'; node: string; choices: PresentedChoice[]; deadline: number | null }
  | { type: 'mood'; before: Mood; after: Mood }
  | { type: 'paused'; paused: boolean }
  | { type: 'ended'; node: string; outcome: Outcome; summary: string };

export type StepResult =
  | { accepted: true; state: SessionState; outputs: Output[] }
  | { accepted: false; state: SessionState; outputs: []; reason: string };

export interface StartOptions {
  locale: Locale;
  seed: string;
  /** Company-specific values for the scenario's placeholders. */
  placeholders?: Record<string, string>;
  /** Engine rules version; absent means LEGACY_RULES (how logs without one were made). */
  rules?: number;
  /** The level; default medium (the scenario as written). */
  difficulty?: Difficulty;
}
