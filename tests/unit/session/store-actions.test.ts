import { describe, expect, it } from 'vitest';
import { KEY_ACTIONS } from '../../../src/input/keyboard-map';
import { createSessionStore } from '../../../src/state/session-store';
import { minimalScenario } from '../../support/scenarios';

const scenario = minimalScenario();

function started() {
  let clock = 0;
  const store = createSessionStore({ clock: () => clock, newSeed: () => 'seed' });
  store.getState().start(scenario);
  return { store, tick: (ms: number) => (clock += ms) };
}

const intents = (store: ReturnType<typeof started>['store']) => store.getState().run?.log.intents.map((i) => i.type);

describe('conversation actions of the session store', () => {
  it('skip moves on from the lines, but not while paused or while choosing', () => {
    const { store, tick } = started();
    tick(500);
    expect(store.getState().togglePause()).toBe(true);
    expect(store.getState().skip()).toBe(false);
    expect(store.getState().togglePause()).toBe(true);
    expect(store.getState().skip()).toBe(true);
    expect(store.getState().run?.state.phase).toBe('choosing');
    expect(store.getState().skip()).toBe(false);
    expect(intents(store)).toEqual(['pause', 'resume', 'spoken']);
  });

  it('chooseNumber picks the answer shown with that number; a number without an answer does nothing', () => {
    const { store } = started();
    expect(store.getState().chooseNumber(1)).toBe(false);
    store.getState().skip();
    expect(store.getState().chooseNumber(3)).toBe(false);
    expect(store.getState().chooseNumber(2)).toBe(true);
    expect(store.getState().run?.log.intents.at(-1)).toMatchObject({ type: 'choose', response: 'blame' });
  });

  it('togglePause does nothing once the conversation has ended', () => {
    const { store } = started();
    store.getState().skip();
    store.getState().chooseNumber(2);
    while (store.getState().run?.state.phase === 'speaking') store.getState().skip();
    expect(store.getState().run?.state.phase).toBe('ended');
    expect(store.getState().togglePause()).toBe(false);
  });

  it('the keys call the same actions', () => {
    const { store } = started();
    expect(KEY_ACTIONS.Escape?.(store.getState())).toBe(true);
    expect(store.getState().run?.state.pausedAt).not.toBeNull();
    expect(KEY_ACTIONS.Escape?.(store.getState())).toBe(true);
    expect(KEY_ACTIONS.Enter?.(store.getState())).toBe(true);
    expect(KEY_ACTIONS.Digit1?.(store.getState())).toBe(true);
    expect(store.getState().run?.log.intents.at(-1)).toMatchObject({ type: 'choose', response: 'empathise' });
  });
});
