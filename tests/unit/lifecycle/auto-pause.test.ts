import { describe, expect, it } from 'vitest';
import { createAutoPause } from '../../../src/app/lifecycle/auto-pause';
import { watchPageVisibility } from '../../../src/app/lifecycle/page-visibility';
import { watchRouteAway } from '../../../src/app/lifecycle/route-away';
import { createSessionStore } from '../../../src/state/session-store';
import { minimalScenario } from '../../support/scenarios';

const scenario = minimalScenario();

function setup() {
  let clock = 0;
  const store = createSessionStore({ clock: () => clock, newSeed: () => 'seed' });
  const autoPause = createAutoPause(store);
  const tick = (ms: number) => {
    clock += ms;
  };
  const state = () => store.getState().run?.state;
  const types = () => store.getState().run?.log.intents.map((i) => i.type) ?? [];
  return { store, autoPause, tick, state, types };
}

/** A document whose visibility the test sets. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  set(visibility: DocumentVisibilityState) {
    this.visibilityState = visibility;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

describe('automatic pause', () => {
  it('pauses a running conversation and resumes it when the reason is over; the time limit does not run meanwhile', () => {
    const { store, autoPause, tick, state } = setup();
    store.getState().start(scenario);
    tick(2000);
    store.getState().finishSpeaking();
    const deadline = state()?.deadline as number;
    tick(5000);
    autoPause.hold('xr-hidden');
    expect(state()?.pausedAt).toBe(7000);
    tick(60_000);
    expect(store.getState().dispatch({ type: 'tick' })).toBe(false);
    autoPause.release('xr-hidden');
    expect(state()?.pausedAt).toBeNull();
    expect(state()?.deadline).toBe(deadline + 60_000);
  });

  it('resumes only when every reason is over', () => {
    const { store, autoPause, state } = setup();
    store.getState().start(scenario);
    autoPause.hold('page-hidden');
    autoPause.hold('graphics-lost');
    autoPause.release('page-hidden');
    expect(state()?.pausedAt).not.toBeNull();
    autoPause.release('graphics-lost');
    expect(state()?.pausedAt).toBeNull();
  });

  it('leaves a pause the trainee made alone', () => {
    const { store, autoPause, tick, state, types } = setup();
    store.getState().start(scenario);
    tick(100);
    store.getState().dispatch({ type: 'pause' });
    autoPause.hold('page-hidden');
    autoPause.release('page-hidden');
    expect(state()?.pausedAt).toBe(100);
    expect(types()).toEqual(['pause']);
  });

  it('does not pause again a conversation the trainee resumed in between', () => {
    const { store, autoPause, tick, state, types } = setup();
    store.getState().start(scenario);
    autoPause.hold('graphics-lost');
    tick(100);
    store.getState().dispatch({ type: 'resume' });
    tick(100);
    store.getState().dispatch({ type: 'pause' }); // now the trainee's own pause
    autoPause.release('graphics-lost');
    expect(state()?.pausedAt).toBe(200);
    expect(types()).toEqual(['pause', 'resume', 'pause']);
  });

  it('can hand the pause over to the trainee (after a context loss in VR)', () => {
    const { store, autoPause, state } = setup();
    store.getState().start(scenario);
    autoPause.hold('graphics-lost');
    autoPause.release('graphics-lost', false);
    expect(state()?.pausedAt).not.toBeNull();
  });

  it('ignores the menu, the debrief and an ended conversation, and releases of reasons never held', () => {
    const { store, autoPause, types } = setup();
    autoPause.hold('page-hidden');
    autoPause.release('page-hidden');
    autoPause.release('xr-hidden');
    expect(store.getState().run).toBeNull();
    store.getState().start(scenario);
    store.getState().finishSpeaking();
    store.getState().dispatch({ type: 'choose', response: 'blame' });
    expect(store.getState().run?.state.phase).toBe('ended');
    autoPause.hold('page-hidden');
    expect(types()).toEqual(['spoken', 'choose']);
  });

  it('pauses a conversation that starts while a reason holds (a link opened in a background tab)', () => {
    const { store, autoPause, state } = setup();
    autoPause.hold('page-hidden');
    store.getState().start(scenario);
    expect(state()?.pausedAt).toBe(0);
    autoPause.release('page-hidden');
    expect(state()?.pausedAt).toBeNull();
  });

  it('stops following the store when disposed', () => {
    const { store, autoPause, state } = setup();
    autoPause.dispose();
    autoPause.hold('page-hidden');
    store.getState().start(scenario);
    expect(state()?.pausedAt).toBeNull();
  });
});

describe('page visibility', () => {
  it('holds while the page is hidden, including a page that starts hidden', () => {
    const { store, autoPause, state } = setup();
    const doc = new FakeDocument();
    doc.visibilityState = 'hidden';
    const stop = watchPageVisibility(autoPause, doc as unknown as Document);
    expect(autoPause.isHeld('page-hidden')).toBe(true);
    doc.set('visible');
    store.getState().start(scenario);
    doc.set('hidden');
    expect(state()?.pausedAt).not.toBeNull();
    doc.set('visible');
    expect(state()?.pausedAt).toBeNull();
    stop();
    doc.set('hidden');
    expect(state()?.pausedAt).toBeNull();
  });
});

/** A window whose hash the test sets. */
class FakeWindow extends EventTarget {
  location = { hash: '' };
  go(hash: string) {
    this.location.hash = hash;
    this.dispatchEvent(new Event('hashchange'));
  }
}

describe('another page of the app over a conversation', () => {
  it('pauses while #/history (or any other page) is open and leaves it paused on the way back', () => {
    const { store, autoPause, types } = setup();
    const win = new FakeWindow();
    const stop = watchRouteAway(autoPause, win);
    store.getState().start(scenario);
    store.getState().finishSpeaking();
    win.go('#/history');
    expect(types()).toEqual(['spoken', 'pause']);
    win.go('#/review?session=x');
    expect(types()).toEqual(['spoken', 'pause']);
    win.go('#/');
    // Back in the conversation, still paused: the trainee resumes when ready.
    expect(store.getState().run?.state.pausedAt).not.toBeNull();
    expect(autoPause.isHeld('other-page')).toBe(false);
    stop();
  });

  it('a conversation started from a link that opens on another page begins paused', () => {
    const { store, autoPause, types } = setup();
    const win = new FakeWindow();
    win.location.hash = '#/data';
    watchRouteAway(autoPause, win);
    store.getState().start(scenario);
    expect(types()).toEqual(['pause']);
  });
});
