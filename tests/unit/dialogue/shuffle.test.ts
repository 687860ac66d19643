import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printTranscript } from '../../../src/app/print/print-transcript';
import { shuffledOrder, startSession, step } from '../../../src/core/dialogue/engine';
import { presentChoices } from '../../../src/core/dialogue/present';
import { ENGINE_RULES, type SessionState } from '../../../src/core/dialogue/types';
import { exportRecording } from '../../../src/core/exchange/export';
import { importRecording } from '../../../src/core/exchange/import';
import { sessionLogOf } from '../../../src/core/recording/create';
import { recordingSchema } from '../../../src/core/recording/schema';
import type { Scenario } from '../../../src/core/scenario/schema';
import { buildReport } from '../../../src/core/scoring/report';
import { advance, beginRun, replay, startOptionsOf } from '../../../src/core/session/log';
import { minimalScenario, repoPath, scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';

const scenes = ['angry-repair-returned', 'talkative-pension-story', 'indecisive-laptop-choice'].map((id) =>
  scenarioFrom(`scenes/${id}.yaml`),
);

/** A test clock: each call moves it on by `ms` and returns the new time. */
function clock(): (ms: number) => number {
  let t = 0;
  return (ms) => {
    t += ms;
    return t;
  };
}

/** Speaks until the first decision; returns the state there. */
function firstDecision(scenario: Scenario, seed: string, rules = ENGINE_RULES): SessionState {
  let state = startSession(scenario, { locale: 'de', seed, rules }).state;
  const later = clock();
  while (state.phase === 'speaking') {
    const r = step(scenario, state, { type: 'spoken', at: later(1000) });
    if (!r.accepted) throw new Error(r.reason);
    state = r.state;
  }
  return state;
}

describe('shuffled answers', () => {
  it('shuffles a list into a permutation and is deterministic for a generator state', () => {
    for (let seed = 0; seed < 50; seed++) {
      const [order] = shuffledOrder(seed * 7919, 4);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(shuffledOrder(seed * 7919, 4)).toEqual(shuffledOrder(seed * 7919, 4));
    }
  });

  it('numbers the presented answers by display position, which differs between seeds', () => {
    const scenario = scenes[0] as Scenario;
    const orders = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const state = firstDecision(scenario, `seed-${i}`);
      const shown = presentChoices(scenario, state);
      expect(shown.map((c) => c.number)).toEqual(shown.map((_, k) => k + 1));
      const fileIds = scenario.nodes[state.beat.node]?.responses?.map((r) => r.id) ?? [];
      expect([...shown.map((c) => c.id)].sort()).toEqual([...fileIds].sort());
      orders.add(shown.map((c) => c.id).join(','));
    }
    // Four answers have 24 orders; 30 seeds must show several of them.
    expect(orders.size).toBeGreaterThan(4);
  });

  it('puts the best answer at every position across seeds (no fixed position to learn)', () => {
    for (const scenario of scenes) {
      const positions = new Set<number>();
      for (let i = 0; i < 40; i++) {
        const state = firstDecision(scenario, `p-${i}`);
        const first = scenario.nodes[state.beat.node]?.responses?.[0]?.id;
        positions.add(presentChoices(scenario, state).findIndex((c) => c.id === first));
      }
      expect(positions.size).toBe(scenario.nodes[firstDecision(scenario, 'x').beat.node]?.responses?.length);
    }
  });

  it('keeps the display order in the state, so a replay shows the same order', () => {
    const scenario = scenes[1] as Scenario;
    const begun = beginRun(scenario, { locale: 'de', seed: 'replay-order', rules: ENGINE_RULES });
    let run = { log: begun.log, state: begun.state };
    const later = clock();
    const seen: string[][] = [];
    for (let guard = 0; run.state.phase !== 'ended' && guard < 400; guard++) {
      if (run.state.phase === 'speaking') run = advance(scenario, run, { type: 'spoken', at: later(1500) });
      else {
        const shown = presentChoices(scenario, run.state);
        seen.push(shown.map((c) => c.id));
        run = advance(scenario, run, {
          type: 'choose',
          at: later(3000),
          response: (shown[shown.length - 1] as { id: string }).id,
        });
      }
    }
    expect(run.log.rules).toBe(ENGINE_RULES);
    expect(replay(scenario, run.log)).toEqual(run.state);
    // Re-enact and compare the order shown at each decision.
    let state = startSession(scenario, startOptionsOf(run.log)).state;
    const replayed: string[][] = [];
    for (const intent of run.log.intents) {
      if (intent.type === 'choose') replayed.push(presentChoices(scenario, state).map((c) => c.id));
      const r = step(scenario, state, intent);
      if (!r.accepted) throw new Error(r.reason);
      state = r.state;
    }
    expect(replayed).toEqual(seen);
  });

  it('keeps the order when the same decision opens again after a timeout', () => {
    expect.hasAssertions();
    const scenario = minimalScenario();
    const opening = scenario.nodes.opening;
    if (opening) {
      opening.timeLimit = 10;
      opening.onTimeout = { effects: { patience: -10 } };
      opening.responses = [
        ...(opening.responses ?? []),
        ...(opening.responses ?? []).map((r) => ({ ...r, id: `${r.id}-2` })),
      ].slice(0, 4);
    }
    // Walk the file-order first answers until a timed decision, then let it time out.
    let state = startSession(scenario, { locale: 'de', seed: 't', rules: ENGINE_RULES }).state;
    const later = clock();
    for (let guard = 0; guard < 100 && state.phase !== 'ended'; guard++) {
      if (state.phase === 'speaking') {
        state = (step(scenario, state, { type: 'spoken', at: later(1000) }) as { state: SessionState }).state;
        continue;
      }
      const node = scenario.nodes[state.beat.node];
      if (node?.timeLimit !== undefined && !node.onTimeout?.next && !node.onTimeout?.say) {
        const before = presentChoices(scenario, state).map((c) => c.id);
        const r = step(scenario, state, { type: 'timeout', at: state.deadline as number });
        expect(r.accepted).toBe(true);
        expect(presentChoices(scenario, r.state).map((c) => c.id)).toEqual(before);
        return;
      }
      state = (
        step(scenario, state, { type: 'choose', at: later(1000), response: node?.responses?.[0]?.id as string }) as {
          state: SessionState;
        }
      ).state;
    }
  });

  it('lets the print transcript name the answer as shown', () => {
    const scenario = scenes[0] as Scenario;
    const begun = beginRun(scenario, { locale: 'en', seed: 'print', rules: ENGINE_RULES });
    let run = { log: begun.log, state: begun.state };
    run = advance(scenario, run, { type: 'spoken', at: 1000 });
    while (run.state.phase === 'speaking') run = advance(scenario, run, { type: 'spoken', at: run.state.now + 1000 });
    const shown = presentChoices(scenario, run.state);
    run = advance(scenario, run, {
      type: 'choose',
      at: run.state.now + 2000,
      response: (shown[0] as { id: string }).id,
    });
    const rows = printTranscript(scenario, run.log);
    expect(rows.find((r) => r.who === 'trainee')).toEqual({ who: 'trainee', text: shown[0]?.text });
  });
});

describe('old logs without a rules version', () => {
  it('replay in file order with the starting mood as written', () => {
    const scenario = scenes[0] as Scenario;
    const state = firstDecision(scenario, 'old', 1);
    const fileIds = scenario.nodes[state.beat.node]?.responses?.map((r) => r.id);
    expect(presentChoices(scenario, state).map((c) => c.id)).toEqual(fileIds);
    expect(startSession(scenario, { locale: 'de', seed: 'old' }).state.mood).toEqual(scenario.customer.mood);
    expect(startSession(scenario, { locale: 'de', seed: 'old' }).state.rules).toBe(1);
  });

  it('the stored fixture recording re-enacts exactly as before: same states, same report', () => {
    const scenario = minimalScenario();
    const recording = recordingSchema.parse(
      JSON.parse(readFileSync(repoPath('tests/fixtures/replays/valid.json'), 'utf8')),
    );
    expect(recording.rules).toBeUndefined();
    const log = sessionLogOf(recording);
    expect(log.rules).toBeUndefined();
    const state = replay(scenario, log);
    expect(state.phase).toBe('ended');
    expect(state.order).toEqual([]);
    // File order: the chosen answers are the first of each decision in the file, shown as number 1.
    const rows = printTranscript(scenario, log);
    const trainee = rows.filter((r) => r.who === 'trainee').map((r) => (r as { text: string }).text);
    expect(trainee[0]).toBe('Das ist ärgerlich, erzählen Sie.');
    const report = buildReport(scenario, log);
    expect(report.moodTimeline[0]?.mood).toEqual(scenario.customer.mood);
  });

  it('a new log records the rules and level, and a recording keeps them', () => {
    const scenario = minimalScenario();
    const begun = beginRun(scenario, { locale: 'de', seed: 'n', rules: ENGINE_RULES, difficulty: 'hard' });
    expect(begun.log.rules).toBe(ENGINE_RULES);
    expect(begun.log.difficulty).toBe('hard');
    expect(startOptionsOf(begun.log)).toMatchObject({ rules: ENGINE_RULES, difficulty: 'hard' });
  });

  it('an exported recording keeps rules and level through import and replays the same', () => {
    const scenario = minimalScenario();
    const { recording, run } = recordedSession(scenario, ['empathise', 'offer'], {
      rules: ENGINE_RULES,
      difficulty: 'easy',
    });
    expect(recording).toMatchObject({ rules: ENGINE_RULES, difficulty: 'easy' });
    const imported = importRecording(exportRecording(recording), 'session.json');
    if (!imported.ok) throw new Error(JSON.stringify(imported));
    const log = sessionLogOf(imported.recording);
    expect(log).toMatchObject({ rules: ENGINE_RULES, difficulty: 'easy' });
    expect(replay(scenario, log)).toEqual(run.state);
  });
});
