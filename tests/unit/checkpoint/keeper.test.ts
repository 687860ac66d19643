import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore } from '../../../src/state/session-store';
import { readCheckpoint } from '../../../src/storage/checkpoint';
import { keepCheckpoints, type StorageProblem } from '../../../src/storage/checkpoint-keeper';
import { memoryCheckpointRepository } from '../../../src/storage/checkpoint-repository';
import { minimalScenario } from '../../support/scenarios';

const scenario = minimalScenario();

function setup() {
  let clock = 0;
  const store = createSessionStore({ clock: () => clock, newSeed: () => 'seed' });
  const repo = memoryCheckpointRepository();
  const problems: (StorageProblem | null)[] = [];
  const onFirstSave = vi.fn();
  const keeper = keepCheckpoints(store, repo, {
    now: () => 1_700_000_000_000 + clock,
    onProblem: (p) => problems.push(p),
    onFirstSave,
  });
  const tick = (ms: number) => {
    clock += ms;
  };
  const saved = () => {
    const read = readCheckpoint(repo.stored());
    if (!read.ok) throw new Error(read.reason);
    return read.value;
  };
  return { store, repo, keeper, tick, saved, problems, onFirstSave };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkpoint keeper', () => {
  it('saves at the start and after every accepted intent, then clears when the conversation is finished', async () => {
    const { store, repo, keeper, tick, saved, onFirstSave } = setup();
    store.getState().start(scenario);
    await keeper.flush();
    expect(saved().run.log.intents).toEqual([]);
    expect(onFirstSave).toHaveBeenCalledTimes(1);
    tick(2000);
    store.getState().finishSpeaking();
    tick(3000);
    store.getState().dispatch({ type: 'choose', response: 'empathise' });
    await keeper.flush();
    expect(saved().run.state.turn).toBe(1);
    expect(saved().run.log.intents.map((i) => i.type)).toEqual(['spoken', 'choose']);
    expect(saved().savedAt).toBe(1_700_000_005_000);
    // A rejected intent changes nothing and writes nothing new.
    const before = repo.stored();
    expect(store.getState().dispatch({ type: 'choose', response: 'nonsense' })).toBe(false);
    await keeper.flush();
    expect(repo.stored()).toBe(before);
    while (store.getState().run?.state.phase === 'speaking') store.getState().finishSpeaking();
    store.getState().dispatch({ type: 'choose', response: 'offer' });
    store.getState().finishSpeaking();
    expect(store.getState().screen).toBe('debrief');
    await keeper.flush();
    expect(repo.stored()).toBeUndefined();
    expect(onFirstSave).toHaveBeenCalledTimes(1);
  });

  it('clears when the trainee leaves to the menu, and a new run replaces the old checkpoint', async () => {
    const { store, repo, keeper, saved } = setup();
    store.getState().start(scenario);
    store.getState().backToMenu();
    await keeper.flush();
    expect(repo.stored()).toBeUndefined();
    store.getState().start(scenario);
    store.getState().retry();
    await keeper.flush();
    expect(saved().run.log.intents).toEqual([]);
  });

  it('writes a burst of intents as one write of the newest', async () => {
    const { store, repo, keeper, tick } = setup();
    const save = vi.spyOn(repo, 'save');
    store.getState().start(scenario);
    for (let i = 0; i < 5; i++) {
      tick(100);
      store.getState().dispatch({ type: 'pause' });
      tick(100);
      store.getState().dispatch({ type: 'resume' });
    }
    await keeper.flush();
    // The first write (the start) was under way; everything after it waited and was written once.
    expect(save).toHaveBeenCalledTimes(2);
    const last = readCheckpoint(repo.stored());
    expect(last.ok && last.value.run.log.intents).toHaveLength(10);
  });

  it('a full storage is reported, the conversation goes on, and a later save clears the report', async () => {
    const { store, repo, keeper, tick, problems } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    repo.fail = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    store.getState().start(scenario);
    await keeper.flush();
    expect(problems).toEqual(['quota']);
    expect(warn).toHaveBeenCalled();
    tick(2000);
    store.getState().finishSpeaking();
    expect(store.getState().run?.state.phase).toBe('choosing');
    await keeper.flush();
    expect(problems).toEqual(['quota']); // reported once, not per write
    repo.fail = null;
    tick(1000);
    store.getState().dispatch({ type: 'choose', response: 'empathise' });
    await keeper.flush();
    expect(problems).toEqual(['quota', null]);
  });

  it('any other storage failure is reported as such', async () => {
    const { store, repo, keeper, problems } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    repo.fail = new Error('UnknownError: the database connection is closing');
    store.getState().start(scenario);
    await keeper.flush();
    expect(problems).toEqual(['failed']);
  });

  it('stops listening when stopped', async () => {
    const { store, repo, keeper } = setup();
    keeper.stop();
    store.getState().start(scenario);
    await keeper.flush();
    expect(repo.stored()).toBeUndefined();
  });
});
