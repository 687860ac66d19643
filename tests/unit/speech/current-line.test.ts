import { describe, expect, it } from 'vitest';
import { beatLines, currentLine } from '../../../src/speech/current-line';
import { createSessionStore } from '../../../src/state/session-store';
import { minimalScenario } from '../../support/scenarios';

const makeStore = () => createSessionStore({ clock: () => 0, newSeed: () => 'seed' });

describe('current line', () => {
  it('builds a beat’s lines once per session state, so selectors that run on every store change make no garbage', () => {
    const store = makeStore();
    store.getState().start(minimalScenario());
    const { scenario, run } = store.getState();
    if (!scenario || !run) throw new Error('no run');
    const first = beatLines(scenario, run.state);
    expect(first.map((l) => l.text)).toEqual(['Die Kaffeemaschine ist schon wieder kaputt!']);
    // The same state gives the same objects, however often it is asked (the subtitle's selector compares them).
    expect(beatLines(scenario, run.state)).toBe(first);
    expect(currentLine(store.getState(), { lineIndex: 0 })).toBe(first[0]);
    // An unrelated store update keeps the state, and with it the lines.
    store.getState().setSensing(store.getState().sensing);
    expect(currentLine(store.getState(), { lineIndex: 0 })).toBe(first[0]);
  });

  it('builds them anew for a new state or in another language', () => {
    const store = makeStore();
    store.getState().start(minimalScenario());
    const { scenario, run } = store.getState();
    if (!scenario || !run) throw new Error('no run');
    const before = beatLines(scenario, run.state);
    const english = { ...run.state, locale: 'en' as const };
    const after = beatLines(scenario, english);
    expect(after).not.toBe(before);
    expect(after[0]?.text).not.toBe(before[0]?.text);
    // Another scenario with the same state object is not served the first one's lines.
    const other = { ...scenario };
    expect(beatLines(other, run.state)).not.toBe(before);
  });
});
