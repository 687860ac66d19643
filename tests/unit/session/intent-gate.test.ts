import { describe, expect, it } from 'vitest';
import { createSessionStore, type UiIntent } from '../../../src/state/session-store';
import { minimalScenario } from '../../support/scenarios';

/** Intent gates: how a feature (voice mode) holds or refuses intents without replacing `dispatch`. */
const scenario = minimalScenario();

function started() {
  let clock = 0;
  const store = createSessionStore({ clock: () => clock, newSeed: () => 'seed' });
  store.getState().start(scenario);
  return { store, tick: (ms: number) => (clock += ms) };
}

const log = (store: ReturnType<typeof started>['store']) =>
  store.getState().run?.log.intents.map((i) => ({ type: i.type, at: i.at })) ?? [];

describe('intent gates', () => {
  it('hold a choice until the feature applies it, stamped when applied; drop what they refuse', () => {
    const { store, tick } = started();
    store.getState().skip();
    let held: UiIntent | null = null;
    let asked = 0;
    const remove = store.getState().addIntentGate((intent) => {
      asked++;
      if (held && intent.type === 'choose') return 'drop';
      if (intent.type !== 'choose') return 'pass';
      held = intent;
      return 'hold';
    });
    const before = log(store);
    expect(store.getState().chooseNumber(2)).toBe(true);
    // Held: nothing in the log yet, and a second choice meanwhile is refused.
    expect(log(store)).toEqual(before);
    expect(store.getState().chooseNumber(1)).toBe(false);
    tick(2500);
    expect(store.getState().applyHeld(held as unknown as UiIntent)).toBe(true);
    expect(log(store).at(-1)).toEqual({ type: 'choose', at: 2500 });
    expect(store.getState().run?.log.intents.at(-1)).toMatchObject({ response: 'blame' });
    // Removed, the gate has no say any more.
    const count = asked;
    remove();
    store.getState().dispatch({ type: 'pause' });
    expect(asked).toBe(count);
  });

  it('pass everything through when they say so, in registration order', () => {
    const { store } = started();
    const asked: string[] = [];
    store.getState().addIntentGate((intent) => {
      asked.push(`a:${intent.type}`);
      return 'pass';
    });
    store.getState().addIntentGate((intent) => {
      asked.push(`b:${intent.type}`);
      return intent.type === 'pause' ? 'drop' : 'pass';
    });
    expect(store.getState().togglePause()).toBe(false);
    expect(store.getState().skip()).toBe(true);
    expect(asked).toEqual(['a:pause', 'b:pause', 'a:spoken', 'b:spoken']);
    expect(log(store).map((i) => i.type)).toEqual(['spoken']);
  });
});
