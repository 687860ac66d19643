import { presentChoices } from '../../src/core/dialogue/present';
import { pickIndex, seedState } from '../../src/core/dialogue/random';
import { ENGINE_RULES, type PresentedChoice } from '../../src/core/dialogue/types';
import { wordCount } from '../../src/core/scenario/lint-giveaway';
import type { Scenario } from '../../src/core/scenario/schema';
import { buildReport } from '../../src/core/scoring/report';
import { advance, beginRun, type Run } from '../../src/core/session/log';

/**
 * Naive trainees: players that pick by a surface cue (length, position) or at random, with
 * shuffled answers as a trainee sees them. If a surface cue scores much better than chance, the
 * scenario gives its best answers away and the score measures the cue, not skill.
 * Naive players never interrupt, and they answer well within any time limit (half of it, at most
 * 3 s), so no timeout muddles the comparison.
 */

export const NAIVE_PLAYERS = ['longest', 'shortest', 'first', 'last', 'file-first', 'file-last'] as const;
export type NaivePlayer = (typeof NAIVE_PLAYERS)[number];
export type Player = NaivePlayer | 'random';
export const PLAYERS: readonly Player[] = [...NAIVE_PLAYERS, 'random'];

/** Budgets: a naive player's mean may be at most this much above the random player's… */
export const NAIVE_MEAN_MARGIN = 15;
/** …and no run of a player that follows a cue in the content may reach this overall score. */
export const NAIVE_RUN_LIMIT = 70;
/**
 * The players the run limit applies to: those whose pick depends on the content alone (length, the
 * order the author wrote). `first`/`last` shown are random players by construction once answers are
 * shuffled: a lucky run of theirs is a lucky guess, and their mean is what the mean budget holds.
 * `file-first`/`file-last` play the file's order, as if shuffling were off: they catch a file that
 * always puts the best answer at one place.
 */
export const CUE_PLAYERS: readonly NaivePlayer[] = ['longest', 'shortest', 'file-first', 'file-last'];

const SPEAK_MS = 2000;
const THINK_MS = 3000;
/** A runaway guard: no real conversation takes this many intents. */
const MAX_INTENTS = 2000;

/** Picks the answer by the player's rule; `random` draws from its own seeded generator. */
function pick(
  player: Player,
  shown: readonly PresentedChoice[],
  written: readonly string[],
  rng: { state: number },
): PresentedChoice {
  const words = shown.map((c) => wordCount(c.text));
  const at = (i: number) => shown[i] as PresentedChoice;
  switch (player) {
    case 'first':
      return at(0);
    case 'last':
      return at(shown.length - 1);
    case 'file-first':
      return shown.find((c) => c.id === written[0]) ?? at(0);
    case 'file-last':
      return shown.find((c) => c.id === written[written.length - 1]) ?? at(shown.length - 1);
    case 'longest':
      // Ties go to the first shown: the shuffled order decides, as for a trainee.
      return at(words.indexOf(Math.max(...words)));
    case 'shortest':
      return at(words.indexOf(Math.min(...words)));
    case 'random': {
      const [i, next] = pickIndex(rng.state, shown.length);
      rng.state = next;
      return at(i);
    }
  }
}

/** One run of a player through a scenario: the overall score and whether it reached an ending. */
export function playNaive(
  scenario: Scenario,
  player: Player,
  seed: string,
  locale: 'de' | 'en' = 'de',
): { overall: number; ended: boolean } {
  const begun = beginRun(scenario, { locale, seed, rules: ENGINE_RULES });
  let run: Run = { log: begun.log, state: begun.state };
  const rng = { state: seedState(`${seed}/player`) };
  while (run.state.phase !== 'ended' && run.log.intents.length < MAX_INTENTS) {
    const { state } = run;
    let next: ReturnType<typeof advance>;
    if (state.phase === 'speaking') next = advance(scenario, run, { type: 'spoken', at: state.now + SPEAK_MS });
    else {
      const shown = presentChoices(scenario, state);
      const wait =
        state.deadline === null ? THINK_MS : Math.min(THINK_MS, Math.floor((state.deadline - state.now) / 2));
      const written = (scenario.nodes[state.beat.node]?.responses ?? []).map((r) => r.id);
      next = advance(scenario, run, {
        type: 'choose',
        at: state.now + wait,
        response: pick(player, shown, written, rng).id,
      });
    }
    if (!next.accepted) throw new Error(`${player} in ${scenario.id}: ${next.reason}`);
    run = next;
  }
  return { overall: buildReport(scenario, run.log).overall.score, ended: run.state.phase === 'ended' };
}

export interface PlayerFigures {
  player: Player;
  runs: number;
  mean: number;
  max: number;
  /** Runs that did not reach an ending (should be none). */
  unfinished: number;
}

export interface ScenarioNaiveFigures {
  scenario: string;
  players: PlayerFigures[];
}

/** Every player `runs` times through a scenario, alternating German and English, with a fresh seed each run. */
export function naiveFigures(scenario: Scenario, runs: number): ScenarioNaiveFigures {
  const players = PLAYERS.map((player): PlayerFigures => {
    const scores: number[] = [];
    let unfinished = 0;
    for (let i = 0; i < runs; i++) {
      const r = playNaive(scenario, player, `naive-${player}-${i}`, i % 2 === 0 ? 'de' : 'en');
      scores.push(r.overall);
      if (!r.ended) unfinished += 1;
    }
    const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
    return { player, runs, mean, max: Math.max(0, ...scores), unfinished };
  });
  return { scenario: scenario.id, players };
}

export interface NaiveBudgetResult {
  /** The largest (naive mean − random mean) over all scenarios and naive players, and where. */
  worstMargin: { value: number; where: string };
  /** The highest overall any run of a cue player (CUE_PLAYERS) reached, and where. */
  worstRun: { value: number; where: string };
  pass: boolean;
}

/** Checks the budgets per scenario: each naive player's mean ≤ random mean + 15, no run of a cue player ≥ 70. */
export function checkNaiveBudgets(figures: readonly ScenarioNaiveFigures[]): NaiveBudgetResult {
  let worstMargin = { value: Number.NEGATIVE_INFINITY, where: '' };
  let worstRun = { value: Number.NEGATIVE_INFINITY, where: '' };
  for (const s of figures) {
    const random = s.players.find((p) => p.player === 'random');
    for (const p of s.players) {
      if (p.player === 'random') continue;
      const margin = p.mean - (random?.mean ?? 0);
      if (margin > worstMargin.value) worstMargin = { value: margin, where: `${p.player} in ${s.scenario}` };
      if (CUE_PLAYERS.includes(p.player) && p.max > worstRun.value)
        worstRun = { value: p.max, where: `${p.player} in ${s.scenario}` };
    }
  }
  const pass = worstMargin.value <= NAIVE_MEAN_MARGIN && worstRun.value < NAIVE_RUN_LIMIT;
  return { worstMargin, worstRun, pass };
}
