import { describe, expect, it, vi } from 'vitest';
import { emptyTotals } from '../../../src/core/sensing/totals';
import { createSessionStore } from '../../../src/state/session-store';
import { type Checkpoint, readCheckpoint, resumeRun, toCheckpoint } from '../../../src/storage/checkpoint';
import { findResumable } from '../../../src/storage/checkpoint-keeper';
import { memoryCheckpointRepository } from '../../../src/storage/checkpoint-repository';
import { isQuotaError } from '../../../src/storage/storage-errors';
import { minimalScenario } from '../../support/scenarios';
import { DAMAGED } from './damaged-checkpoints';

const scenario = minimalScenario();
const load = async (id: string) => (id === scenario.id ? scenario : undefined);

/** A store on a fake clock, one answer into the minimal scenario. */
function midConversation() {
  let clock = 1000;
  const store = createSessionStore({ clock: () => clock, newSeed: () => 'seed-1' });
  const advance = (ms: number) => {
    clock += ms;
  };
  store.getState().start(scenario);
  advance(2500);
  store.getState().finishSpeaking();
  advance(4000);
  expect(store.getState().dispatch({ type: 'choose', response: 'empathise' })).toBe(true);
  const sensing = emptyTotals();
  sensing.desktop.listenMs = 4000;
  sensing.desktop.eyeContactMs = 3000;
  store.getState().setSensing(sensing);
  return { store, advance };
}

function validCheckpoint(): Checkpoint {
  const checkpoint = toCheckpoint(midConversation().store.getState(), 1_700_000_000_000);
  if (!checkpoint) throw new Error('no checkpoint');
  return checkpoint;
}

describe('checkpoint round trip', () => {
  it('a structured clone (what IndexedDB stores) reads back and resumes the same run', () => {
    const checkpoint = validCheckpoint();
    const read = readCheckpoint(structuredClone(checkpoint));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value).toEqual(checkpoint);
    const resumed = resumeRun(read.value, scenario);
    if (!resumed.ok) throw new Error(resumed.reason);
    expect(resumed.value).toEqual(checkpoint.run);
  });

  it('keeps the level chosen in the menu, so a resumed session remembers it for the next start', () => {
    const { store } = midConversation();
    store.getState().setSettings({ difficulty: 'hard' });
    const checkpoint = toCheckpoint(store.getState(), 1_700_000_000_000);
    const read = readCheckpoint(structuredClone(checkpoint));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.settings.difficulty).toBe('hard');
  });

  it('survives JSON too (export, copy and paste)', () => {
    const checkpoint = validCheckpoint();
    const read = readCheckpoint(JSON.parse(JSON.stringify(checkpoint)));
    expect(read.ok && resumeRun(read.value, scenario).ok).toBe(true);
  });

  it('restore continues where it was: paused, same turn, the clock going on from the last intent', async () => {
    const repo = memoryCheckpointRepository(validCheckpoint());
    const found = await findResumable(repo, load);
    if (!found) throw new Error('nothing to resume');
    // A fresh page: another store, its clock starting near zero.
    let clock = 50;
    const store = createSessionStore({ clock: () => clock, newSeed: () => 'other' });
    store
      .getState()
      .restore(found.run, found.scenario, { settings: found.checkpoint.settings, sensing: found.checkpoint.sensing });
    const s = store.getState();
    expect(s.screen).toBe('conversation');
    expect(s.run?.state.turn).toBe(1);
    expect(s.run?.state.beat.node).toBe(found.run.state.beat.node);
    expect(s.run?.state.pausedAt).toBe(found.run.state.now);
    expect(s.run?.log.intents.at(-1)).toEqual({ type: 'pause', at: found.run.state.now });
    expect(s.bodyLanguage).toEqual({ source: 'desktop', eyeContact: 0.75 });
    // The trainee resumes three seconds later and plays on to the end.
    clock += 3000;
    expect(s.dispatch({ type: 'resume' })).toBe(true);
    expect(store.getState().run?.log.intents.at(-1)).toEqual({ type: 'resume', at: found.run.state.now + 3000 });
    while (store.getState().run?.state.phase === 'speaking') store.getState().finishSpeaking();
    expect(store.getState().dispatch({ type: 'choose', response: 'offer' })).toBe(true);
    store.getState().finishSpeaking();
    expect(store.getState().screen).toBe('debrief');
    expect(store.getState().report?.outcome).toBe('resolved');
  });

  it('checkpoints nothing without a conversation', () => {
    const store = createSessionStore({ clock: () => 0, newSeed: () => 'x' });
    expect(toCheckpoint(store.getState(), 0)).toBeNull();
  });
});

describe('damaged or outdated checkpoints are discarded with a warning', () => {
  it.each(DAMAGED.map((d) => [d.name, d] as const))('%s', async (_name, { damage, reason }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const repo = memoryCheckpointRepository(damage(validCheckpoint()));
    await expect(findResumable(repo, load)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(reason);
    expect(repo.stored()).toBeUndefined();
  });

  it('does not let a __proto__ key of a stored record into the app', () => {
    const raw = JSON.parse(
      JSON.stringify(validCheckpoint()).replace('"savedAt"', '"__proto__":{"polluted":true},"savedAt"'),
    );
    const read = readCheckpoint(raw);
    expect(read.ok).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    if (read.ok) expect(Object.getPrototypeOf(read.value)).toBe(Object.prototype);
  });

  it('an unreadable store or a failing scenario loader gives nothing to resume, without throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = {
      load: () => Promise.reject(new Error('IDB is closed')),
      save: async () => {},
      clear: async () => {},
    };
    await expect(findResumable(broken, load)).resolves.toBeNull();
    const repo = memoryCheckpointRepository(validCheckpoint());
    await expect(findResumable(repo, () => Promise.reject(new Error('chunk failed')))).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('nothing saved is simply nothing to resume', async () => {
    await expect(findResumable(memoryCheckpointRepository(), load)).resolves.toBeNull();
  });
});

describe('quota errors', () => {
  it.each([
    ['a DOMException named QuotaExceededError', Object.assign(new Error('full'), { name: 'QuotaExceededError' })],
    ['the legacy code 22', { name: 'Error', code: 22 }],
    [
      'a transaction abort wrapping it (a wrapper’s inner)',
      { name: 'AbortError', inner: { name: 'QuotaExceededError' } },
    ],
    ['a cause chain', new Error('write failed', { cause: { name: 'QuotaExceededError' } })],
  ])('recognises %s', (_name, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it.each([[new Error('other')], [{ name: 'AbortError' }], [null], ['QuotaExceededError']])(
    'does not mistake %s for one',
    (error) => {
      expect(isQuotaError(error)).toBe(false);
    },
  );
});

describe('the run id', () => {
  it('is fresh for every run, rides in the checkpoint and comes back on resume', async () => {
    let ids = 0;
    const store = createSessionStore({ clock: () => 0, newSeed: () => 'seed', newRunId: () => `run-${++ids}` });
    store.getState().start(scenario);
    expect(store.getState().runId).toBe('run-1');
    store.getState().retry();
    expect(store.getState().runId).toBe('run-2');
    const checkpoint = toCheckpoint(store.getState(), 0);
    expect(checkpoint?.runId).toBe('run-2');
    const found = await findResumable(memoryCheckpointRepository(checkpoint), load);
    if (!found) throw new Error('nothing to resume');
    const page = createSessionStore({ clock: () => 0, newSeed: () => 'other', newRunId: () => 'never' });
    page.getState().restore(found.run, found.scenario, { runId: found.checkpoint.runId });
    expect(page.getState().runId).toBe('run-2');
  });

  it('of a checkpoint saved before runs had an id is its seed', () => {
    const { runId: _dropped, ...old } = validCheckpoint();
    const read = readCheckpoint(structuredClone(old));
    expect(read.ok && read.value.runId).toBe('seed-1');
  });
});
