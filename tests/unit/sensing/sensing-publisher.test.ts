import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { addListening, emptyTotals, type SensingTotals } from '../../../src/core/sensing/totals';
import { publishSensing, type SensorTally } from '../../../src/scene/sensing/sensing-publisher';
import type { SpeechStoreState } from '../../../src/speech/speech-store';
import { createSessionStore } from '../../../src/state/session-store';
import type { Checkpoint } from '../../../src/storage/checkpoint';
import { keepCheckpoints } from '../../../src/storage/checkpoint-keeper';
import { memoryCheckpointRepository } from '../../../src/storage/checkpoint-repository';
import { scenario } from '../storage/fixtures';

function setup() {
  let clock = 1000;
  const session = createSessionStore({ clock: () => clock, newSeed: () => 'seed' });
  const speech = createStore<SpeechStoreState>()(() => ({
    beatKey: '',
    lineIndex: -1,
    speaking: false,
    voiced: null,
    voice: 'timed',
  }));
  const tally: SensorTally = { totals: emptyTotals(), version: 0, published: 0 };
  /** A frame of listening while the customer speaks, as the sensor adds it. */
  const listen = (ms: number) => {
    addListening(tally.totals.desktop, ms, true);
    tally.version += 1;
  };
  let updates = 0;
  session.subscribe(() => {
    updates += 1;
  });
  session.getState().start(scenario);
  const publisher = publishSensing(session, speech, tally);
  return {
    session,
    speech,
    tally,
    listen,
    publisher,
    updates: () => updates,
    tick: (ms: number) => (clock += ms),
  };
}

const heard = (totals: SensingTotals | null) => totals?.desktop.listenMs ?? 0;

describe('publishing the body-language totals', () => {
  it('leaves the session store alone while the customer speaks', () => {
    const { session, speech, listen, updates } = setup();
    speech.setState({ speaking: true });
    const before = updates();
    for (let frame = 0; frame < 300; frame++) listen(11);
    expect(updates()).toBe(before);
    expect(session.getState().sensing).toBeNull();
  });

  it('publishes when the customer stops speaking', () => {
    const { session, speech, listen } = setup();
    speech.setState({ speaking: true });
    listen(1500);
    speech.setState({ speaking: false });
    expect(heard(session.getState().sensing)).toBe(1500);
    // The store got a copy: the sensor goes on adding to its own.
    listen(500);
    expect(heard(session.getState().sensing)).toBe(1500);
  });

  it('publishes before an intent, so the checkpoint saved with it carries the totals so far', async () => {
    const { session, speech, listen, tick } = setup();
    const repository = memoryCheckpointRepository();
    const keeper = keepCheckpoints(session, repository, { now: () => 0, onProblem: () => undefined });
    speech.setState({ speaking: true });
    listen(2200);
    tick(2200);
    // Paused mid-line (Esc, B/Y, a hidden tab): the pause is an intent.
    expect(session.getState().togglePause()).toBe(true);
    await keeper.flush();
    expect(heard((repository.stored() as Checkpoint).sensing)).toBe(2200);
    // Abandoning the paused conversation builds the debrief from the same totals.
    expect(session.getState().abandon()).toBe(true);
    expect(heard(session.getState().sensing)).toBe(2200);
    expect(session.getState().report).not.toBeNull();
    keeper.stop();
  });

  it('publishes nothing after the debrief, and nothing unchanged twice', () => {
    const { session, speech, listen, updates, publisher } = setup();
    speech.setState({ speaking: true });
    listen(800);
    speech.setState({ speaking: false });
    const afterFirst = updates();
    publisher.publish();
    expect(updates()).toBe(afterFirst);
    session.getState().togglePause();
    session.getState().abandon();
    listen(400);
    publisher.dispose();
    expect(heard(session.getState().sensing)).toBe(800);
  });

  it('stops at dispose: later intents and line ends publish nothing', () => {
    const { session, speech, listen, publisher } = setup();
    publisher.dispose();
    speech.setState({ speaking: true });
    listen(900);
    speech.setState({ speaking: false });
    session.getState().togglePause();
    expect(session.getState().sensing).toBeNull();
  });
});
