import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/core/dialogue/types';
import { advance, beginRun, ReplayError, type Run, replay } from '../../../src/core/session/log';
import { playScript } from '../../support/play';
import { minimalScenario } from '../../support/scenarios';

const scenario = minimalScenario();
const intents: Intent[] = [
  { type: 'spoken', at: 2500 },
  { type: 'pause', at: 4000 },
  { type: 'resume', at: 9000 },
  { type: 'choose', at: 12_000, response: 'empathise' },
  { type: 'spoken', at: 14_000 },
  { type: 'choose', at: 17_000, response: 'offer' },
];

function feed(run: Run, list: readonly Intent[]): Run {
  return list.reduce((r, intent) => {
    const next = advance(scenario, r, intent);
    expect(next.accepted, `${intent.type}: ${next.reason}`).toBe(true);
    return next;
  }, run);
}

describe('session log', () => {
  it('records only accepted intents', () => {
    const run = beginRun(scenario, { locale: 'de', seed: 'x' });
    const rejected = advance(scenario, run, { type: 'choose', at: 1, response: 'empathise' });
    expect(rejected.accepted).toBe(false);
    expect(rejected.log.intents).toEqual([]);
  });

  it('save → restore → continue gives the same result as an uninterrupted run', () => {
    const straight = feed(beginRun(scenario, { locale: 'de', seed: 'x' }), intents);
    const half = feed(beginRun(scenario, { locale: 'de', seed: 'x' }), intents.slice(0, 3));
    const saved = JSON.stringify(half);
    const restored = JSON.parse(saved) as Run;
    const continued = feed(restored, intents.slice(3));
    expect(continued).toEqual(straight);
    expect(continued.state.ending?.outcome).toBe('resolved');
  });

  it('replaying the log reproduces the live state exactly, also at any time in between', () => {
    const live: Run[] = [];
    let run: Run = beginRun(scenario, { locale: 'en', seed: 'y' });
    for (const intent of intents) {
      run = advance(scenario, run, intent);
      live.push(run);
    }
    expect(replay(scenario, run.log)).toEqual(run.state);
    for (const [i, intent] of intents.entries()) expect(replay(scenario, run.log, intent.at)).toEqual(live[i]?.state);
    expect(replay(scenario, run.log, 0)).toEqual(beginRun(scenario, { locale: 'en', seed: 'y' }).state);
  });

  it('survives a JSON round trip of the log', () => {
    const run = playScript(scenario, ['empathise', 'offer']);
    expect(replay(scenario, JSON.parse(JSON.stringify(run.log)))).toEqual(run.state);
  });

  it('refuses to replay on another or a changed scenario, or a log with an impossible intent', () => {
    const run = playScript(scenario, ['empathise', 'offer']);
    expect(() => replay({ ...scenario, id: 'other' }, run.log)).toThrow(ReplayError);
    expect(() =>
      replay(
        { ...scenario, customer: { ...scenario.customer, mood: { anger: 10, trust: 10, patience: 10 } } },
        run.log,
      ),
    ).toThrow(/changed/);
    const broken = {
      ...run.log,
      intents: [...run.log.intents.slice(0, 1), { type: 'choose', at: 99_999, response: 'nope' } as Intent],
    };
    expect(() => replay(scenario, broken)).toThrow(/intent 2 \(choose\)/);
  });
});

describe('scenario fingerprint of a log', () => {
  it('ignores the documentation key facts but not the dialogue', () => {
    const run = feed(beginRun(scenario, { locale: 'de', seed: 'k' }), intents);
    const refinedFacts = { ...scenario, protocol: { followUpEndings: [], facts: [] } } as typeof scenario;
    expect(replay(refinedFacts, run.log)).toEqual(run.state);
    const nodes = Object.keys(scenario.nodes);
    const changedDialogue = {
      ...scenario,
      nodes: { ...scenario.nodes, extra: scenario.nodes[nodes[0] as string] },
    } as typeof scenario;
    expect(() => replay(changedDialogue, run.log)).toThrow(ReplayError);
  });
});
