import { describe, expect, it } from 'vitest';
import { timeLimitHint } from '../../../src/core/dialogue/time-limit';
import { ENGINE_RULES } from '../../../src/core/dialogue/types';
import type { Scenario } from '../../../src/core/scenario/schema';
import type { Difficulty } from '../../../src/core/scenario/vocabulary';
import { advance, beginRun, type Run } from '../../../src/core/session/log';
import { createSessionStore } from '../../../src/state/session-store';
import { scenarioFrom } from '../../support/scenarios';

const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const SEED = 'hint';

/** Lets the customer finish until there is something to decide. */
function settle(s: Scenario, run: Run, at: number): Run {
  let r = run;
  while (r.state.phase === 'speaking') r = advance(s, r, { type: 'spoken', at });
  return r;
}

/** The shortest list of answers that leads to a decision with a time limit (breadth first over the real scenario). */
function pathToTimedDecision(s: Scenario): string[] {
  const start = settle(s, beginRun(s, { locale: 'de', seed: SEED, rules: ENGINE_RULES }), 0);
  const queue: { run: Run; moves: string[] }[] = [{ run: start, moves: [] }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { run, moves } = queue.shift() as { run: Run; moves: string[] };
    if (run.state.phase !== 'choosing') continue;
    if (run.state.deadline !== null) return moves;
    if (seen.has(run.state.beat.node)) continue;
    seen.add(run.state.beat.node);
    for (const response of s.nodes[run.state.beat.node]?.responses ?? []) {
      const at = run.state.now + 1000;
      const next = advance(s, run, { type: 'choose', at, response: response.id });
      if (next.accepted) queue.push({ run: settle(s, next, at + 1), moves: [...moves, response.id] });
    }
  }
  throw new Error('no decision with a time limit reachable');
}

const PATH = pathToTimedDecision(scenario);

function playTo(difficulty: Difficulty) {
  let clock = 0;
  const store = createSessionStore({ clock: () => clock, newSeed: () => SEED });
  store.getState().start(scenario, { difficulty });
  const hint = () => {
    const { run, firstTimed } = store.getState();
    return run ? timeLimitHint(firstTimed, run.state) : null;
  };
  const hintsBefore: (number | null)[] = [];
  const speak = () => {
    while (store.getState().run?.state.phase === 'speaking') {
      clock += 100;
      store.getState().finishSpeaking();
    }
  };
  speak();
  for (const response of PATH) {
    hintsBefore.push(hint());
    clock += 1000;
    expect(store.getState().dispatch({ type: 'choose', response })).toBe(true);
    speak();
  }
  return { store, hint, hintsBefore, advanceClock: (ms: number) => (clock += ms), speak };
}

describe('the time limit is explained before it first applies', () => {
  it('shows no hint at untimed decisions, then the limit in seconds at the first timed one', () => {
    expect(PATH.length).toBeGreaterThan(0);
    const { hint, hintsBefore } = playTo('medium');
    expect(hintsBefore.every((h) => h === null)).toBe(true);
    const limit = scenario.nodes[scenarioNodeOf(PATH)]?.timeLimit;
    expect(hint()).toBe(limit);
  });

  it('states the limit of the level the run is at', () => {
    const medium = playTo('medium').hint() as number;
    expect(playTo('easy').hint()).toBe(Math.round(medium * 1.5));
    expect(playTo('hard').hint()).toBe(Math.round(medium * 0.7));
  });

  it('keeps the hint when the decision opens again after a timeout, and not at later decisions', () => {
    const { store, hint, advanceClock, speak } = playTo('medium');
    const seconds = hint();
    const deadline = store.getState().run?.state.deadline as number;
    advanceClock(deadline);
    expect(store.getState().dispatch({ type: 'timeout' })).toBe(true);
    speak();
    const state = store.getState().run?.state;
    // The customer asks again and the same decision opens again: still the first timed one.
    expect(state).toMatchObject({ phase: 'choosing', turn: PATH.length });
    expect(hint()).toBe(seconds);
    // Answer and go on: whatever comes next (another timed decision or not), the hint has been given.
    const response = scenario.nodes[state?.beat.node ?? '']?.responses?.[0]?.id as string;
    advanceClock(1000);
    expect(store.getState().dispatch({ type: 'choose', response })).toBe(true);
    speak();
    expect(hint()).toBeNull();
  });

  it('finds the first timed decision again when a saved run is restored', () => {
    const { store, hint } = playTo('medium');
    const seconds = hint();
    const { run } = store.getState();
    if (!run) throw new Error('no run');
    const fresh = createSessionStore({ clock: () => 0, newSeed: () => 'other' });
    fresh.getState().restore(run, scenario);
    const restored = fresh.getState();
    expect(restored.firstTimed).toEqual(store.getState().firstTimed);
    expect(timeLimitHint(restored.firstTimed, restored.run?.state as NonNullable<typeof run>['state'])).toBe(seconds);
  });
});

/** The node the last answer of a path leads to (the timed decision). */
function scenarioNodeOf(path: readonly string[]): string {
  let run = settle(scenario, beginRun(scenario, { locale: 'de', seed: SEED, rules: ENGINE_RULES }), 0);
  for (const response of path)
    run = settle(
      scenario,
      advance(scenario, run, { type: 'choose', at: run.state.now + 1000, response }),
      run.state.now + 1001,
    );
  return run.state.beat.node;
}
