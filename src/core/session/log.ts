import { startSession, step } from '../dialogue/engine';
import type { Intent, Output, SessionState, StartOptions } from '../dialogue/types';
import type { Scenario } from '../scenario/schema';
import type { Difficulty, Locale } from '../scenario/vocabulary';
import { scenarioFingerprint } from './fingerprint';

export const LOG_FORMAT = 'counterpart-session-log/1';

/**
 * Everything needed to re-enact a conversation: the scenario it ran on (id + fingerprint), the
 * start options and every accepted intent in order. Scoring and replay read only this.
 */
export interface SessionLog {
  format: typeof LOG_FORMAT;
  scenarioId: string;
  scenarioFingerprint: string;
  locale: Locale;
  seed: string;
  placeholders: Record<string, string>;
  /**
   * The engine rules the session ran under (shuffled answers, starting-mood band, levels).
   * Absent in logs made before these existed: they replay under the legacy rules, in file order.
   */
  rules?: number;
  /** The level; absent means medium. */
  difficulty?: Difficulty;
  intents: Intent[];
}

/** The start options a log was made with, so a re-run repeats the same conversation. */
export function startOptionsOf(log: SessionLog): StartOptions {
  const options: StartOptions = { locale: log.locale, seed: log.seed, placeholders: log.placeholders };
  if (log.rules !== undefined) options.rules = log.rules;
  if (log.difficulty !== undefined) options.difficulty = log.difficulty;
  return options;
}

/** A running conversation: its log and the state the log leads to. */
export interface Run {
  log: SessionLog;
  state: SessionState;
}

export function beginRun(scenario: Scenario, options: StartOptions): Run & { outputs: Output[] } {
  const { state, outputs } = startSession(scenario, options);
  const log: SessionLog = {
    format: LOG_FORMAT,
    scenarioId: scenario.id,
    scenarioFingerprint: scenarioFingerprint(scenario),
    locale: options.locale,
    seed: options.seed,
    placeholders: { ...(options.placeholders ?? {}) },
    intents: [],
  };
  if (options.rules !== undefined) log.rules = options.rules;
  if (options.difficulty !== undefined) log.difficulty = options.difficulty;
  return { log, state, outputs };
}

/** Applies an intent to a run; only accepted intents are appended to the log. */
export function advance(
  scenario: Scenario,
  run: Run,
  intent: Intent,
): Run & { outputs: Output[]; accepted: boolean; reason?: string } {
  const result = step(scenario, run.state, intent);
  if (!result.accepted) return { ...run, outputs: [], accepted: false, reason: result.reason };
  return {
    log: { ...run.log, intents: [...run.log.intents, intent] },
    state: result.state,
    outputs: result.outputs,
    accepted: true,
  };
}

/** One intent of a log with the states around it, as replays and scoring walk through them. */
export interface TraceStep {
  index: number;
  intent: Intent;
  before: SessionState;
  after: SessionState;
  outputs: Output[];
}

export class ReplayError extends Error {}

/**
 * Re-runs a log on its scenario and yields each step. Throws ReplayError when the log does not fit
 * the scenario (another scenario, a changed scenario, or an intent the engine rejects).
 */
export function* trace(scenario: Scenario, log: SessionLog): Generator<TraceStep, SessionState> {
  if (log.scenarioId !== scenario.id)
    throw new ReplayError(`the log belongs to scenario "${log.scenarioId}", not "${scenario.id}"`);
  if (log.scenarioFingerprint !== scenarioFingerprint(scenario)) {
    throw new ReplayError(`scenario "${scenario.id}" has changed since this session was recorded`);
  }
  let state = startSession(scenario, startOptionsOf(log)).state;
  for (const [index, intent] of log.intents.entries()) {
    const result = step(scenario, state, intent);
    if (!result.accepted)
      throw new ReplayError(`intent ${index + 1} (${intent.type}) does not fit the conversation: ${result.reason}`);
    yield { index, intent, before: state, after: result.state, outputs: result.outputs };
    state = result.state;
  }
  return state;
}

/** The state a log leads to, optionally only up to a session time (ms) — what a replay seeks to. */
export function replay(scenario: Scenario, log: SessionLog, until = Number.POSITIVE_INFINITY): SessionState {
  const steps = trace(scenario, log);
  let state = startSession(scenario, startOptionsOf(log)).state;
  for (let r = steps.next(); !r.done; r = steps.next()) {
    if (r.value.intent.at > until) break;
    state = r.value.after;
  }
  return state;
}
