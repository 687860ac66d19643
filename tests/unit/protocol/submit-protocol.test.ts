import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecording } from '../../../src/core/recording/create';
import { emptyRawTrack, encodePoseTrack } from '../../../src/core/recording/pose-track';
import { recordsStore, saveSession } from '../../../src/recording/records-store';
import { summarizeRecording } from '../../../src/recording/summary';
import { protocolStore } from '../../../src/state/protocol-store';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { submitProtocol } from '../../../src/ui/protocol/submit-protocol';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';
import { PROTOCOL_CASES } from './scenario-protocols';

/** The debrief's submit: checked against the run, stored with the very session it belongs to. */
const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const good = PROTOCOL_CASES[0]?.good ?? (undefined as never);
const BEST = goldenMoves('angry-repair-returned', 'best');
const NOW = new Date('2026-03-14T10:00:00+01:00');

function stored(seed: string, id: string) {
  const run = playScript(scenario, BEST, { seed });
  const recording = createRecording({
    id,
    pseudonym: 'fox-7',
    startedAt: '2026-03-14T08:45:00.000Z',
    log: run.log,
    endMs: 60_000,
    poses: encodePoseTrack(emptyRawTrack(), 20),
    sensing: null,
  });
  return { run, recording, summary: summarizeRecording(recording, scenario) };
}

let repo = memorySessionRepository();
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  repo = memorySessionRepository();
  recordsStore.setState({ repository: repo, lastSaved: null, problem: null, unsaved: null, revision: 0 });
  protocolStore.setState({ forRun: null, protocol: null, check: null, save: null, sessionId: null });
});

describe('submitProtocol', () => {
  it('stores the protocol and its score with the saved session', async () => {
    const a = stored('seed-a', '00000000-0000-4000-8000-00000000000a');
    await saveSession(a.recording, a.summary);
    const check = await submitProtocol(scenario, a.run.log, good, NOW);
    expect(check.score).toBe(100);
    expect(protocolStore.getState()).toMatchObject({ forRun: 'seed-a', save: 'saved', sessionId: a.recording.id });
    expect((await repo.get(a.recording.id))?.protocol).toEqual({ ...good, writtenAt: NOW.toISOString() });
    expect((await repo.list())[0]?.scores.protocol).toBe(100);
  });

  it('never writes into an earlier session when this one was not stored; keeps it with the unsaved one', async () => {
    const a = stored('seed-a', '00000000-0000-4000-8000-00000000000a');
    await saveSession(a.recording, a.summary);
    repo.fail = new Error('disk on fire');
    const b = stored('seed-b', '00000000-0000-4000-8000-00000000000b');
    await saveSession(b.recording, b.summary);
    repo.fail = null;

    const check = await submitProtocol(scenario, b.run.log, { ...good, mood: 'angry' }, NOW);
    expect(check.parts.mood).toBe(0);
    expect(protocolStore.getState().save).toBe('kept');
    expect((await repo.get(a.recording.id))?.protocol).toBeUndefined();
    const unsaved = recordsStore.getState().unsaved;
    expect(unsaved?.recording.protocol?.mood).toBe('angry');
    expect(unsaved?.summary.scores.protocol).toBe(check.score);
  });

  it('shows the check even when nothing could be stored', async () => {
    const a = stored('seed-a', '00000000-0000-4000-8000-00000000000a');
    const check = await submitProtocol(scenario, a.run.log, good, NOW);
    expect(protocolStore.getState()).toMatchObject({ check, save: 'not-saved', sessionId: null });
  });
});

describe('submitProtocol and the run id', () => {
  it('finds the saved session by its run id, not by the seed', async () => {
    const a = stored('same-seed', '00000000-0000-4000-8000-00000000000a');
    const recording = { ...a.recording, runId: 'run-a' };
    await saveSession(recording, a.summary);
    await submitProtocol(scenario, a.run.log, good, NOW, 'run-b');
    expect(protocolStore.getState()).toMatchObject({ forRun: 'run-b', save: 'not-saved', sessionId: null });
    await submitProtocol(scenario, a.run.log, good, NOW, 'run-a');
    expect(protocolStore.getState()).toMatchObject({ forRun: 'run-a', save: 'saved', sessionId: recording.id });
  });
});
