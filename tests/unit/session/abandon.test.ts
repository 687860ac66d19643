import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportRecording } from '../../../src/core/exchange/export';
import { importRecording } from '../../../src/core/exchange/import';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import { recordsStore, settled } from '../../../src/recording/records-store';
import { watchFinishedSessions } from '../../../src/recording/session-end-watch';
import { saveFinishedSession } from '../../../src/recording/session-saver';
import { summarizeRecording } from '../../../src/recording/summary';
import { createSessionStore } from '../../../src/state/session-store';
import { keepCheckpoints } from '../../../src/storage/checkpoint-keeper';
import { memoryCheckpointRepository } from '../../../src/storage/checkpoint-repository';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { scenario } from '../storage/fixtures';

const WALL_START = Date.parse('2026-03-14T09:30:00.000Z');

function setup() {
  let clock = 1000;
  const store = createSessionStore({ clock: () => clock, newSeed: () => 'seed' }, { pseudonym: 'blau-7' });
  const sessions = memorySessionRepository();
  recordsStore.setState({ repository: sessions, lastSaved: null, problem: null, unsaved: null, revision: 0 });
  const checkpoints = memoryCheckpointRepository();
  const keeper = keepCheckpoints(store, checkpoints, { now: () => WALL_START + clock, onProblem: () => undefined });
  const poses = new PoseRecorder();
  watchFinishedSessions(store, {
    save: (finished) => void saveFinishedSession(store, finished),
    poses: () => poses.encode(),
    newId: () => '3f0e9a52-6c1d-4b7e-9a8f-000000000001',
    random: () => 0.5,
    clockNow: () => clock,
    wallNow: () => WALL_START + clock - 1000,
  });
  /** Starts, lets the customer finish and takes the first answer once: a conversation under way. */
  const underWay = () => {
    store.getState().start(scenario);
    clock += 2000;
    store.getState().finishSpeaking();
    const node = scenario.nodes[store.getState().run?.state.beat.node ?? ''];
    clock += 2000;
    store.getState().dispatch({ type: 'choose', response: node?.responses?.[0]?.id ?? '' });
    clock += 1000;
  };
  return { store, sessions, checkpoints, keeper, underWay, tick: (ms: number) => (clock += ms) };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('ending a conversation early (abandon)', () => {
  it('only works on a paused conversation that has not ended', () => {
    const { store, underWay } = setup();
    expect(store.getState().abandon()).toBe(false);
    underWay();
    expect(store.getState().abandon()).toBe(false);
    expect(store.getState().screen).toBe('conversation');
    store.getState().togglePause();
    expect(store.getState().abandon()).toBe(true);
    expect(store.getState().screen).toBe('debrief');
    expect(store.getState().abandoned).toBe(true);
    // No ending was reached, so the debrief has no outcome to rate.
    expect(store.getState().run?.state.phase).not.toBe('ended');
    expect(store.getState().report?.outcome).toBeNull();
    expect(store.getState().abandon()).toBe(false);
  });

  it('is stored marked abandoned, with no ending, and survives export and import', async () => {
    const { store, sessions, underWay } = setup();
    underWay();
    store.getState().togglePause();
    store.getState().abandon();
    await settled();
    const [summary] = await sessions.list();
    expect(summary?.abandoned).toBe(true);
    expect(summary?.endingId).toBeNull();
    expect(summary?.outcome).toBeNull();
    const recording = await sessions.get(summary?.id ?? '');
    expect(recording?.abandoned).toBe(true);
    expect(recording?.intents.map((i) => i.type)).toEqual(['spoken', 'choose', 'pause']);
    if (!recording) throw new Error('not stored');
    const imported = importRecording(exportRecording(recording), 'abandoned.json');
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.recording.abandoned).toBe(true);
    expect(summarizeRecording(imported.recording, scenario).abandoned).toBe(true);
  });

  it('clears the checkpoint, so the abandoned run is not offered for resume', async () => {
    const { store, checkpoints, keeper, underWay } = setup();
    underWay();
    store.getState().togglePause();
    await keeper.flush();
    expect(checkpoints.stored()).not.toBeUndefined();
    store.getState().abandon();
    await keeper.flush();
    expect(checkpoints.stored()).toBeUndefined();
  });

  it('a new start after an abandoned one is an ordinary run again', async () => {
    const { store, sessions, underWay } = setup();
    underWay();
    store.getState().togglePause();
    store.getState().abandon();
    store.getState().retry();
    expect(store.getState().abandoned).toBe(false);
    expect(store.getState().screen).toBe('conversation');
    store.getState().backToMenu();
    expect(store.getState().abandoned).toBe(false);
    await settled();
    expect(await sessions.list()).toHaveLength(1);
  });
});
