import { beforeEach, describe, expect, it } from 'vitest';
import { startSession, step } from '../../../src/core/dialogue/engine';
import { present } from '../../../src/core/dialogue/present';
import type { Intent, Output, SessionState } from '../../../src/core/dialogue/types';
import type { Scenario } from '../../../src/core/scenario/schema';
import { minimalScenario } from '../../support/scenarios';

let scenario: Scenario;
beforeEach(() => {
  scenario = minimalScenario();
});

/** Applies intents that must all be accepted; returns the last state and all outputs. */
function run(s: Scenario, state: SessionState, intents: Intent[]): { state: SessionState; outputs: Output[] } {
  const outputs: Output[] = [];
  let current = state;
  for (const intent of intents) {
    const r = step(s, current, intent);
    if (!r.accepted) throw new Error(`rejected ${intent.type}: ${r.reason}`);
    current = r.state;
    outputs.push(...r.outputs);
  }
  return { state: current, outputs };
}

const start = (s = scenario, locale: 'de' | 'en' = 'de') => startSession(s, { locale, seed: 'test' });

describe('starting a conversation', () => {
  it('presents the opening lines with placeholders filled, emotion and gesture', () => {
    const { state, outputs } = start();
    expect(state.phase).toBe('speaking');
    expect(state.mood).toEqual({ anger: 75, trust: 30, patience: 40 });
    expect(outputs).toEqual([
      {
        type: 'say',
        node: 'opening',
        interruptible: true,
        lines: [{ text: 'Die Kaffeemaschine ist schon wieder kaputt!', emotion: 'angry', gesture: 'slam_counter' }],
      },
    ]);
  });

  it('speaks English when started in English', () => {
    const { outputs } = start(scenario, 'en');
    expect(outputs[0]).toMatchObject({ lines: [{ text: 'The coffee machine is broken again!' }] });
  });

  it('uses a company override for a placeholder', () => {
    const { state } = startSession(scenario, {
      locale: 'de',
      seed: 's',
      placeholders: { product: 'Siebträgermaschine' },
    });
    expect(present(scenario, state).lines[0]?.text).toBe('Die Siebträgermaschine ist schon wieder kaputt!');
  });

  it('picks the mood variant when its condition holds on entry', () => {
    const furious = { ...scenario, customer: { ...scenario.customer, mood: { anger: 95, trust: 10, patience: 20 } } };
    const { outputs } = start(furious);
    expect(outputs[0]).toMatchObject({ lines: [{ text: "Ich hab's satt!", gesture: 'point' }] });
  });
});

describe('deciding', () => {
  it('offers choices only after the customer has spoken, with a deadline from the time limit', () => {
    const { state } = start();
    expect(step(scenario, state, { type: 'choose', at: 100, response: 'empathise' }).accepted).toBe(false);
    const r = run(scenario, state, [{ type: 'spoken', at: 3000 }]);
    expect(r.state.phase).toBe('choosing');
    expect(r.outputs).toEqual([
      {
        type: 'choices',
        node: 'opening',
        deadline: 23000,
        choices: [
          { id: 'empathise', number: 1, text: 'Das ist ärgerlich, erzählen Sie.' },
          { id: 'blame', number: 2, text: 'Haben Sie sie entkalkt?' },
        ],
      },
    ]);
  });

  it('applies effects and branches on the mood after them', () => {
    const calm = run(scenario, start().state, [
      { type: 'spoken', at: 3000 },
      { type: 'choose', at: 5000, response: 'empathise' },
    ]);
    expect(calm.state.mood).toEqual({ anger: 55, trust: 40, patience: 40 });
    expect(calm.state.beat.node).toBe('calmer');
    expect(calm.outputs[1]).toEqual({
      type: 'mood',
      before: { anger: 75, trust: 30, patience: 40 },
      after: { anger: 55, trust: 40, patience: 40 },
    });

    const angrier = { ...scenario, customer: { ...scenario.customer, mood: { anger: 85, trust: 30, patience: 40 } } };
    const hot = run(angrier, start(angrier).state, [
      { type: 'spoken', at: 3000 },
      { type: 'choose', at: 5000, response: 'empathise' },
    ]);
    expect(hot.state.beat.node).toBe('still_angry');
    // A node without responses goes on by itself once its lines are spoken.
    const on = run(angrier, hot.state, [{ type: 'spoken', at: 8000 }]);
    expect(on.state.beat.node).toBe('calmer');
    expect(on.state.phase).toBe('speaking');
  });

  it('clamps mood to 0–100', () => {
    const low = { ...scenario, customer: { ...scenario.customer, mood: { anger: 10, trust: 95, patience: 40 } } };
    const r = run(low, start(low).state, [
      { type: 'spoken', at: 1 },
      { type: 'choose', at: 2, response: 'empathise' },
    ]);
    expect(r.state.mood).toEqual({ anger: 0, trust: 100, patience: 40 });
  });

  it('rejects an unknown response id', () => {
    const s = run(scenario, start().state, [{ type: 'spoken', at: 1 }]).state;
    const r = step(scenario, s, { type: 'choose', at: 2, response: 'nope' });
    expect(r.accepted).toBe(false);
    expect(r.state).toBe(s);
  });

  it('ends the conversation at an ending and accepts nothing afterwards', () => {
    const r = run(scenario, start().state, [
      { type: 'spoken', at: 1000 },
      { type: 'choose', at: 2000, response: 'blame' },
    ]);
    expect(r.state.phase).toBe('ended');
    expect(r.state.ending).toEqual({ node: 'left', outcome: 'customer_left_angry' });
    expect(r.outputs.at(-1)).toEqual({
      type: 'ended',
      node: 'left',
      outcome: 'customer_left_angry',
      summary: 'Verärgert gegangen.',
    });
    expect(step(scenario, r.state, { type: 'spoken', at: 3000 }).accepted).toBe(false);
  });
});

describe('time limits', () => {
  it('times out only once the deadline is reached, costing patience and re-opening the choices', () => {
    const s = run(scenario, start().state, [{ type: 'spoken', at: 1000 }]).state;
    expect(step(scenario, s, { type: 'tick', at: 20_999 }).accepted).toBe(false);
    expect(step(scenario, s, { type: 'timeout', at: 20_999 }).accepted).toBe(false);
    const r = run(scenario, s, [{ type: 'tick', at: 21_000 }]);
    expect(r.state.mood.patience).toBe(30);
    expect(r.state.phase).toBe('choosing');
    expect(r.state.deadline).toBe(41_000);
    expect(r.outputs.map((o) => o.type)).toEqual(['mood', 'choices']);
  });

  it('does not count paused time against the deadline, and refuses choices while paused', () => {
    const s = run(scenario, start().state, [
      { type: 'spoken', at: 1000 },
      { type: 'pause', at: 5000 },
    ]).state;
    expect(step(scenario, s, { type: 'choose', at: 6000, response: 'empathise' }).accepted).toBe(false);
    expect(step(scenario, s, { type: 'tick', at: 30_000 }).accepted).toBe(false);
    const resumed = run(scenario, s, [{ type: 'resume', at: 65_000 }]).state;
    expect(resumed.deadline).toBe(81_000);
    expect(resumed.choicesShownAt).toBe(61_000);
    expect(step(scenario, resumed, { type: 'tick', at: 80_000 }).accepted).toBe(false);
    expect(step(scenario, resumed, { type: 'tick', at: 81_000 }).accepted).toBe(true);
  });

  it('refuses time going backwards', () => {
    const s = run(scenario, start().state, [{ type: 'spoken', at: 1000 }]).state;
    expect(step(scenario, s, { type: 'choose', at: 999, response: 'empathise' })).toMatchObject({
      accepted: false,
      reason: expect.stringMatching(/backwards/),
    });
  });
});

describe('interrupting', () => {
  it('is possible only while the customer speaks lines with an interrupt window', () => {
    const { state } = start();
    const r = run(scenario, state, [{ type: 'interrupt', at: 500 }]);
    expect(r.state.mood.anger).toBe(85);
    // No reaction lines and no target: the trainee gets the choices at once.
    expect(r.state.phase).toBe('choosing');
    expect(step(scenario, r.state, { type: 'interrupt', at: 600 }).accepted).toBe(false);
    const calmer = run(scenario, state, [
      { type: 'spoken', at: 1 },
      { type: 'choose', at: 2, response: 'empathise' },
    ]).state;
    expect(calmer.interruptible).toBe(false);
    expect(step(scenario, calmer, { type: 'interrupt', at: 3 }).accepted).toBe(false);
  });

  it('says the reaction lines and goes to the interrupt target when the node has them', () => {
    const opening = scenario.nodes.opening;
    if (!opening?.interrupt) throw new Error('fixture changed');
    const withReaction: Scenario = {
      ...scenario,
      nodes: {
        ...scenario.nodes,
        opening: {
          ...opening,
          interrupt: {
            ...opening.interrupt,
            say: [
              { text: { de: 'Lassen Sie mich ausreden!', en: 'Let me finish!' }, emotion: 'angry', gesture: 'point' },
            ],
            next: 'still_angry',
          },
        },
      },
    };
    const r = run(withReaction, start(withReaction).state, [{ type: 'interrupt', at: 500 }]);
    expect(r.state.beat.source).toBe('interrupt');
    expect(present(withReaction, r.state).lines[0]?.text).toBe('Lassen Sie mich ausreden!');
    const next = run(withReaction, r.state, [{ type: 'spoken', at: 1500 }]);
    expect(next.state.beat.node).toBe('still_angry');
  });
});

describe('chance', () => {
  const withWordings = (): Scenario => {
    const opening = scenario.nodes.opening;
    if (!opening) throw new Error('fixture changed');
    const texts = ['Eins', 'Zwei', 'Drei', 'Vier', 'Fünf'].map((de) => ({ de, en: de }));
    return {
      ...scenario,
      nodes: { ...scenario.nodes, opening: { ...opening, say: [{ text: texts, emotion: 'angry', gesture: 'none' }] } },
    };
  };

  it('picks alternative wordings from the seed: same seed, same words', () => {
    const s = withWordings();
    const text = (seed: string) => present(s, startSession(s, { locale: 'de', seed }).state).lines[0]?.text;
    expect(text('a')).toBe(text('a'));
    const seen = new Set(Array.from({ length: 40 }, (_, i) => text(`seed-${i}`)));
    expect(seen.size).toBeGreaterThan(2);
  });
});
