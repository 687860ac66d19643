import { describe, expect, it, vi } from 'vitest';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import { decodePoseTrack, type PoseTrack } from '../../../src/core/recording/pose-track';
import {
  continuePoses,
  currentPoseTrack,
  posesOf,
  continuePoses as realContinuePoses,
  recorderFor,
} from '../../../src/state/pose-source';
import { sessionStore } from '../../../src/state/session';
import { createSessionStore, type SessionStore } from '../../../src/state/session-store';
import { type Checkpoint, readCheckpoint, resumeRun, toCheckpoint } from '../../../src/storage/checkpoint';
import { findResumable, keepCheckpoints, resume } from '../../../src/storage/checkpoint-keeper';
import { memoryCheckpointRepository } from '../../../src/storage/checkpoint-repository';
import { minimalScenario } from '../../support/scenarios';
import { feed, type MotionFrame, motionFrames } from '../recording/motion-frames';
import { DAMAGED_POSES } from './damaged-checkpoints';

const scenario = minimalScenario();
const load = async (id: string) => (id === scenario.id ? scenario : undefined);
const frames = motionFrames(20_000);
const still = { x: 0, y: 1.6, z: 0, qx: 0, qy: 0, qz: 0, qw: 1 };

/** A page: a store on its own fake clock (each page's clock starts anew, like performance.now). */
function page(clockStart: number, seed: string) {
  let clock = clockStart;
  const store = createSessionStore({ clock: () => clock, newSeed: () => seed });
  return {
    store,
    wait: (ms: number) => {
      clock += ms;
    },
    /** Plays the frame loop as PoseCapture does: the frames up to session time `untilMs`, on the session clock. */
    record: (untilMs: number) => {
      const { startedAt, run, runId } = store.getState();
      if (!run || runId === null) throw new Error('no conversation');
      const recorder = recorderFor(runId);
      for (const f of frames) {
        const session = clock - startedAt;
        if (f.t < session) continue;
        if (f.t > untilMs) break;
        clock = startedAt + f.t;
        // The frame's session time itself: clock − startedAt in floating point can round across a slot edge.
        if (store.getState().run?.state.pausedAt === null) recorder.push(f.t, f.head, f.left, f.right);
      }
      clock = startedAt + untilMs;
    },
  };
}

/** The minimal scenario one answer in (spoken at 2.5 s, the answer at 6.5 s), with the motion up to the answer. */
function midConversation(seed = 'seed-1'): { store: SessionStore; poses: PoseTrack } {
  const p = page(1000, seed);
  p.store.getState().start(scenario);
  p.record(2500);
  p.store.getState().finishSpeaking();
  p.record(6500);
  expect(p.store.getState().dispatch({ type: 'choose', response: 'empathise' })).toBe(true);
  const poses = posesOf(seed);
  if (!poses) throw new Error('no poses');
  return { store: p.store, poses };
}

function withPoses(): Checkpoint & { poses: PoseTrack } {
  const { store, poses } = midConversation();
  const checkpoint = toCheckpoint(store.getState(), 1_700_000_000_000, poses);
  if (!checkpoint?.poses) throw new Error('no checkpoint');
  return checkpoint as Checkpoint & { poses: PoseTrack };
}

describe('checkpoints with poses', () => {
  it('a structured clone (IndexedDB) and JSON read back with the same poses, and the run resumes', () => {
    const checkpoint = withPoses();
    expect(checkpoint.poses.head.count).toBeGreaterThan(100);
    for (const copy of [structuredClone(checkpoint), JSON.parse(JSON.stringify(checkpoint))]) {
      const read = readCheckpoint(copy);
      if (!read.ok) throw new Error(read.reason);
      expect(read.value).toEqual(checkpoint);
      expect(decodePoseTrack(read.value.poses as PoseTrack)).toEqual(decodePoseTrack(checkpoint.poses));
      expect(resumeRun(read.value, scenario).ok).toBe(true);
    }
  });

  it('a checkpoint of before (no poses) still reads and resumes, and the recorder starts empty', async () => {
    const { poses: _, ...old } = withPoses();
    const read = readCheckpoint(structuredClone(old));
    if (!read.ok) throw new Error(read.reason);
    expect('poses' in read.value).toBe(false);
    const found = await findResumable(memoryCheckpointRepository(old), load);
    if (!found) throw new Error('nothing to resume');
    // Whatever the recorder held before (another conversation) goes.
    recorderFor(found.run.log.seed).push(100, still);
    const continuePoses = vi.fn();
    resume(page(0, 'x').store, found, continuePoses);
    expect(continuePoses).toHaveBeenCalledWith(found.run.log.seed, null);
    resume(page(0, 'x').store, found, realContinuePoses);
    expect(posesOf(found.run.log.seed)?.head.count).toBe(0);
  });

  it('poses that still fail to restore (checked on reading, so only in theory) start the track over, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { poses } = withPoses();
    continuePoses('broken', { ...poses, head: { ...poses.head, count: 2 } });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/saved poses could not be restored \(head\.t: /));
    expect(posesOf('broken')?.head.count).toBe(0);
  });

  it('a conversation without samples yet saves no poses', () => {
    const store = page(0, 'fresh').store;
    store.getState().start(scenario);
    expect(posesOf('fresh')).toBeNull();
    expect(toCheckpoint(store.getState(), 0, null)).not.toHaveProperty('poses');
  });
});

describe('damaged poses are dropped with a warning, the conversation is kept', () => {
  it.each(DAMAGED_POSES.map((d) => [d.name, d] as const))('%s', async (_name, { damage, reason }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const valid = withPoses();
    const repo = memoryCheckpointRepository(damage(valid));
    const found = await findResumable(repo, load);
    if (!found) throw new Error('the conversation was lost with its poses');
    expect(found.checkpoint.poses).toBeUndefined();
    expect(found.run).toEqual(valid.run);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/dropped the damaged poses of the saved conversation/);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(reason);
    expect(repo.stored()).toBeDefined();
  });
});

describe('a reload keeps the poses (keeper, pose-source and store together)', () => {
  it('saves them after every turn, gives them back on resume, and records on to the track of an unbroken session', async () => {
    const seed = 'conv-reload';
    const repo = memoryCheckpointRepository();
    // The first page: a turn, then motion the reload will lose (after the last intent).
    const first = page(1000, seed);
    const firstKeeper = keepCheckpoints(first.store, repo, { now: () => 0, onProblem: () => {}, poses: posesOf });
    first.store.getState().start(scenario);
    first.record(2500);
    first.store.getState().finishSpeaking();
    first.record(6500);
    first.store.getState().dispatch({ type: 'choose', response: 'empathise' });
    await firstKeeper.flush();
    const savedTurn = readCheckpoint(repo.stored());
    if (!savedTurn.ok) throw new Error(savedTurn.reason);
    expect(savedTurn.value.poses).toEqual(posesOf(seed));
    first.record(8000);
    firstKeeper.stop();

    // The reload: a new page, whose recorder belongs to nothing yet, and whose clock starts near zero.
    recorderFor('another page');
    const second = page(50, 'not used');
    const secondKeeper = keepCheckpoints(second.store, repo, { now: () => 1, onProblem: () => {}, poses: posesOf });
    const found = await findResumable(repo, load);
    if (!found) throw new Error('nothing to resume');
    resume(second.store, found, continuePoses);
    await secondKeeper.flush();
    // The checkpoint the switch wrote still holds them (the poses went in before the store switched).
    const atResume = readCheckpoint(repo.stored());
    expect(atResume.ok && atResume.value.poses).toEqual(savedTurn.value.poses);
    expect(second.store.getState().run?.state.pausedAt).toBe(6500);

    // Three seconds paused, then on to the end of the motion.
    second.wait(3000);
    second.store.getState().dispatch({ type: 'resume' });
    second.record(20_000);
    const resumed = posesOf(seed);
    if (!resumed) throw new Error('no poses');

    const unbroken = new PoseRecorder();
    const sampled = (f: MotionFrame) => f.t <= 6500 || f.t >= 9500;
    feed(unbroken, frames.filter(sampled));
    expect(resumed).toEqual(unbroken.encode());
    const times = Array.from(decodePoseTrack(resumed).head.t);
    expect(times[0]).toBeLessThan(100);
    expect(times.filter((t) => t > 6500 && t < 9500)).toEqual([]);
    secondKeeper.stop();
  });

  it('gives the end-of-session save the poses of the store’s conversation, never those of the one before', () => {
    sessionStore.getState().start(scenario);
    const runId = sessionStore.getState().runId as string;
    recorderFor(runId).push(10, still);
    expect(currentPoseTrack().head.count).toBe(1);
    sessionStore.getState().retry();
    expect(currentPoseTrack().head.count).toBe(0);
    sessionStore.getState().backToMenu();
    expect(currentPoseTrack().head.count).toBe(0);
  });
});
