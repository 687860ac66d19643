import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecording } from '../../../src/core/recording/create';
import { emptyRawTrack, encodePoseTrack } from '../../../src/core/recording/pose-track';
import { recordingSchema } from '../../../src/core/recording/schema';
import { recordsStore, saveSession } from '../../../src/recording/records-store';
import { saveFinishedSession } from '../../../src/recording/session-saver';
import { submitTypeAnswer } from '../../../src/recording/submit-type-answer';
import { summarizeRecording } from '../../../src/recording/summary';
import { reportOf } from '../../../src/review/loaded-replay';
import { createSessionStore } from '../../../src/state/session-store';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

/** „Welcher Kundentyp war das?“: the answer lives in the report, the stored session, its summary and the review. */
const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const BEST = goldenMoves('angry-repair-returned', 'best');
const poses = encodePoseTrack(emptyRawTrack(), 20);

function stored(seed: string, id: string) {
  const run = playScript(scenario, BEST, { seed });
  const recording = createRecording({
    id,
    pseudonym: 'fox-7',
    startedAt: '2026-03-14T08:45:00.000Z',
    log: run.log,
    endMs: 60_000,
    poses,
    sensing: null,
  });
  return { run, recording, summary: summarizeRecording(recording, scenario) };
}

/** A store whose run has ended on the best path, showing the debrief. */
function finishedStore(seed: string) {
  let clock = 0;
  const store = createSessionStore(
    { clock: () => (clock += 100), newSeed: () => seed },
    { mode: 'assessment', pseudonym: 'fox-7' },
  );
  const run = playScript(scenario, BEST, { seed });
  store.getState().restore(run, scenario);
  store.setState({ screen: 'debrief', report: null });
  store.getState().finishSpeaking();
  return store;
}

let repo = memorySessionRepository();
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  repo = memorySessionRepository();
  recordsStore.setState({ repository: repo, lastSaved: null, problem: null, unsaved: null, revision: 0 });
});

describe('the type answer', () => {
  it('adds a scored line to the report without changing overall', () => {
    const store = finishedStore('t1');
    const before = store.getState().report;
    expect(before?.typeRecognition).toBeUndefined();
    store.getState().answerType('suspicious');
    const wrong = store.getState().report;
    expect(wrong?.typeRecognition).toMatchObject({ answer: 'suspicious', actual: 'angry', correct: false, score: 0 });
    expect(wrong?.overall).toEqual(before?.overall);
    store.getState().answerType('angry');
    expect(store.getState().report?.typeRecognition).toMatchObject({ correct: true, score: 100 });
  });

  it('is stored with the saved session and marks its summary', async () => {
    const a = stored('seed-a', '00000000-0000-4000-8000-00000000000a');
    await saveSession(a.recording, a.summary);
    expect(await submitTypeAnswer(scenario, a.run.log, 'indecisive')).toBe(true);
    const saved = await repo.get(a.recording.id);
    expect(saved?.typeAnswer).toBe('indecisive');
    expect(recordingSchema.safeParse(saved).success).toBe(true);
    expect((await repo.list())[0]?.typeRecognised).toBe(false);
    await submitTypeAnswer(scenario, a.run.log, 'angry');
    expect((await repo.list())[0]?.typeRecognised).toBe(true);
  });

  it('never writes into an earlier session; an answer before the save goes in with the save', async () => {
    const a = stored('seed-a', '00000000-0000-4000-8000-00000000000a');
    await saveSession(a.recording, a.summary);
    const store = finishedStore('seed-b');
    const log = store.getState().run?.log;
    if (!log) throw new Error('no run');
    // Answered before the end-of-session save has run: nothing to write yet, the earlier session stays untouched.
    store.getState().answerType('angry');
    expect(await submitTypeAnswer(scenario, log, 'angry')).toBe(false);
    expect((await repo.get(a.recording.id))?.typeAnswer).toBeUndefined();
    const saved = await saveFinishedSession(store, {
      state: store.getState(),
      poses,
      clockNow: 60_000,
      wallNow: Date.parse('2026-03-14T09:00:00Z'),
      id: '00000000-0000-4000-8000-00000000000b',
      random: 0.5,
    });
    expect(saved).toBe(true);
    expect((await repo.get('00000000-0000-4000-8000-00000000000b'))?.typeAnswer).toBe('angry');
    expect((await repo.list()).find((s) => s.id.endsWith('b'))?.typeRecognised).toBe(true);
  });

  it('shows in the review report of the stored session, and only when given', () => {
    const a = stored('seed-a', '00000000-0000-4000-8000-00000000000a');
    expect(reportOf(scenario, a.recording).typeRecognition).toBeUndefined();
    const answered = reportOf(scenario, { ...a.recording, typeAnswer: 'talkative' });
    expect(answered.typeRecognition).toMatchObject({ answer: 'talkative', correct: false });
    expect(answered.overall).toEqual(reportOf(scenario, a.recording).overall);
  });
});
