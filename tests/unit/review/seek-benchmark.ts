import { createRecording } from '../../../src/core/recording/create';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import type { Recording } from '../../../src/core/recording/schema';
import type { Scenario } from '../../../src/core/scenario/schema';
import { benchmarkSeek } from '../../../src/review/seek-benchmark';
import { scenarioFrom } from '../../support/scenarios';
import { syntheticMotion } from '../recording/synthetic';
import { longSession } from './long-session';
import { goldenMoves } from '../../support/golden-paths';

export const BEST_ANGRY = goldenMoves('angry-repair-returned', 'best');

/** A recorded session of `minutes` with head and hand motion at 20 Hz throughout. */
export function longRecording(scenario: Scenario, minutes: number, pauses: number): Recording {
  const log = longSession(scenario, BEST_ANGRY, minutes * 60_000, pauses);
  const recorder = new PoseRecorder();
  syntheticMotion(recorder, minutes * 60_000, 30);
  return createRecording({
    id: '6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    pseudonym: 'bench',
    startedAt: '2026-01-01T10:00:00Z',
    log,
    endMs: minutes * 60_000,
    poses: recorder.encode(),
    sensing: null,
  });
}

/** `npx tsx tests/unit/review/seek-benchmark.ts`: prints the seek figures for a 30-minute session. */
if (process.argv[1]?.endsWith('seek-benchmark.ts')) {
  const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
  const recording = longRecording(scenario, 30, 1200);
  const times = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 500) * 3600);
  console.log(JSON.stringify(benchmarkSeek(scenario, recording, times), null, 2));
}
