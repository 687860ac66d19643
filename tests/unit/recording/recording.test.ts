import { describe, expect, it } from 'vitest';
import {
  addTrainerNote,
  createRecording,
  runIdOf,
  sessionLogOf,
  timingsOf,
  withProtocol,
} from '../../../src/core/recording/create';
import { emptyRawTrack, encodePoseTrack } from '../../../src/core/recording/pose-track';
import { RECORDING_FORMAT, RECORDING_VERSION, recordingSchema } from '../../../src/core/recording/schema';
import { buildReport } from '../../../src/core/scoring/report';
import { beginRun, LOG_FORMAT, replay } from '../../../src/core/session/log';
import { minimalScenario } from '../../support/scenarios';
import { RECORDING_ID, recordedSession } from './synthetic';

const scenario = minimalScenario();

describe('recording', () => {
  const { recording, run } = recordedSession(scenario, ['empathise', 'offer']);

  it('is a versioned document the schema accepts', () => {
    expect(recording.format).toBe(RECORDING_FORMAT);
    expect(recording.version).toBe(RECORDING_VERSION);
    expect(recording.id).toBe(RECORDING_ID);
    expect(recordingSchema.safeParse(recording).success).toBe(true);
  });

  it('holds the engine log: replaying it gives the live state and the same report', () => {
    const log = sessionLogOf(recording);
    expect(log).toEqual(run.log);
    expect(log.format).toBe(LOG_FORMAT);
    expect(replay(scenario, log)).toEqual(run.state);
    expect(buildReport(scenario, log)).toEqual(buildReport(scenario, run.log));
  });

  it('copies the log, so later changes to the run do not leak into it', () => {
    run.log.intents.push({ type: 'tick', at: 999_999 });
    expect(recording.intents).toHaveLength(run.log.intents.length - 1);
    run.log.intents.pop();
  });

  it('keeps trainer notes in replay order, notes at the same moment in writing order', () => {
    const a = addTrainerNote(recording, {
      atMs: 1000,
      text: 'früh',
      author: 'trainer-ana',
      createdAt: '2025-03-15T08:01:00Z',
    });
    const b = addTrainerNote(a, {
      atMs: 5000,
      text: 'zweite bei 5 s',
      author: 'trainer-ben',
      createdAt: '2025-03-15T08:02:00Z',
    });
    expect(b.notes.map((n) => n.text)).toEqual([
      'früh',
      'Gut zugehört – hier ruhig noch eine offene Frage.',
      'zweite bei 5 s',
    ]);
    expect(recording.notes).toHaveLength(1);
  });

  it('stores the trainee protocol', () => {
    const withIt = withProtocol(recording, {
      concern: 'Kaffeemaschine wieder kaputt',
      agreement: 'Tausch vereinbart',
      followUp: null,
      mood: 'calm',
      writtenAt: '2025-03-14T09:45:00+01:00',
    });
    expect(recordingSchema.safeParse(withIt).success).toBe(true);
    expect(
      recordingSchema.safeParse({ ...withIt, protocol: { ...withIt.protocol, followUp: '2025-02-30' } }).success,
    ).toBe(false);
  });

  it('asks for a pseudonym, not a full name', () => {
    expect(recordingSchema.safeParse({ ...recording, pseudonym: 'Max Mustermann' }).success).toBe(false);
    expect(recordingSchema.safeParse({ ...recording, pseudonym: 'Zoë_7' }).success).toBe(true);
  });
});

describe('timingsOf', () => {
  const log = sessionLogOf(recordedSession(scenario, ['empathise', 'offer']).recording);

  it('takes the later of the end time and the last intent', () => {
    const last = log.intents[log.intents.length - 1]?.at as number;
    expect(timingsOf(log, last + 500)).toEqual({ durationMs: last + 500, pausedMs: 0 });
    expect(timingsOf(log, 0).durationMs).toBe(last);
  });

  it('adds up pauses, an open pause until the end', () => {
    const paused = {
      ...log,
      intents: [
        { type: 'pause' as const, at: 1000 },
        { type: 'resume' as const, at: 4000 },
        { type: 'pause' as const, at: 9000 },
      ],
    };
    expect(timingsOf(paused, 10_000)).toEqual({ durationMs: 10_000, pausedMs: 4000 });
  });
});

describe('run id of a recording', () => {
  it('is carried when given and falls back to the seed in recordings made before', () => {
    const base = {
      id: '00000000-0000-4000-8000-000000000001',
      pseudonym: 'fox-7',
      startedAt: '2026-03-14T08:45:00.000Z',
      log: { ...beginRun(minimalScenario(), { locale: 'de', seed: 'seed-9' }).log },
      endMs: 1000,
      poses: encodePoseTrack(emptyRawTrack(), 20),
      sensing: null,
    };
    const withId = createRecording({ ...base, runId: 'run-9' });
    expect(recordingSchema.parse(withId).runId).toBe('run-9');
    expect(runIdOf(withId)).toBe('run-9');
    const before = createRecording(base);
    expect('runId' in recordingSchema.parse(before)).toBe(false);
    expect(runIdOf(before)).toBe('seed-9');
  });
});
