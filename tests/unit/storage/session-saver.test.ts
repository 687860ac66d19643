import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportRecording } from '../../../src/core/exchange/export';
import { importRecording } from '../../../src/core/exchange/import';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import { recordsStore, settled } from '../../../src/recording/records-store';
import { watchFinishedSessions } from '../../../src/recording/session-end-watch';
import { saveFinishedSession } from '../../../src/recording/session-saver';
import { createSessionStore } from '../../../src/state/session-store';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { scenario } from './fixtures';

const WALL_START = Date.parse('2026-03-14T09:30:00.000Z');

function setup(pseudonym: string) {
  let clock = 1000;
  const store = createSessionStore({ clock: () => clock, newSeed: () => 'seed' }, { pseudonym });
  const repo = memorySessionRepository();
  recordsStore.setState({ repository: repo, lastSaved: null, problem: null, unsaved: null, revision: 0 });
  const poses = new PoseRecorder();
  let ids = 0;
  const stop = watchFinishedSessions(store, {
    save: (finished) => void saveFinishedSession(store, finished),
    poses: () => poses.encode(),
    newId: () => `3f0e9a52-6c1d-4b7e-9a8f-00000000000${++ids}`,
    random: () => 0.3821,
    clockNow: () => clock,
    wallNow: () => WALL_START + clock - 1000,
  });
  /** Plays to the debrief: the customer finishes, the trainee takes the first answer, 2 s per step. */
  const play = () => {
    store.getState().start(scenario);
    for (let i = 0; i < 50 && store.getState().screen === 'conversation'; i++) {
      clock += 2000;
      poses.push(clock - store.getState().startedAt, { x: 0, y: 1.6, z: 0.1 * i, qx: 0, qy: 0, qz: 0, qw: 1 });
      const { run } = store.getState();
      const node = run ? scenario.nodes[run.state.beat.node] : undefined;
      if (run?.state.phase === 'choosing' && node?.responses?.[0])
        store.getState().dispatch({ type: 'choose', response: node.responses[0].id });
      else store.getState().finishSpeaking();
    }
    expect(store.getState().screen).toBe('debrief');
  };
  return { store, repo, play, stop };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('end-of-session save', () => {
  it('stores the finished conversation with the debrief scores, its log and poses', async () => {
    const { store, repo, play } = setup('blau-7');
    play();
    await settled();
    const [summary] = await repo.list();
    const report = store.getState().report;
    expect(summary?.pseudonym).toBe('blau-7');
    expect(summary?.scenarioId).toBe(scenario.id);
    expect(summary?.scores).toEqual({
      overall: report?.overall.score,
      tone: report?.tone.score,
      structure: report?.structure.score,
      escalation: report?.escalation.score,
    });
    expect(summary?.outcome).toBe(report?.outcome);
    expect(summary?.endingId).toBe(store.getState().run?.state.ending?.node);
    expect(summary?.startedAt).toBe('2026-03-14T09:30:00.000Z');
    const recording = await repo.get(summary?.id ?? '');
    expect(recording?.intents).toEqual(store.getState().run?.log.intents);
    expect(recording?.poses.head.count).toBeGreaterThan(0);
    expect(recording?.timings.durationMs).toBe(summary?.durationMs);
    expect(recordsStore.getState().lastSaved).toEqual({ id: summary?.id });
    // What is stored is a file another device accepts.
    expect(importRecording(exportRecording(recording as never), 'x.json').ok).toBe(true);
  });

  it('never stores a name: an empty or spaced pseudonym becomes a generated one, also in the settings', async () => {
    for (const typed of ['', '  ', 'Anna Berg']) {
      const { store, repo, play, stop } = setup(typed);
      play();
      await settled();
      expect((await repo.list())[0]?.pseudonym).toBe('anonym-4438');
      expect(store.getState().settings.pseudonym).toBe('anonym-4438');
      stop();
    }
  });

  it('saves every finished attempt once, also after going back to the menu', async () => {
    const { store, repo, play } = setup('blau-7');
    play();
    store.getState().backToMenu();
    play();
    await settled();
    expect(await repo.list()).toHaveLength(2);
    expect(store.getState().screen).toBe('debrief');
  });
});
