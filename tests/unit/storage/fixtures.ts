import { createRecording } from '../../../src/core/recording/create';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import type { Recording } from '../../../src/core/recording/schema';
import type { Scenario } from '../../../src/core/scenario/schema';
import { summarizeRecording } from '../../../src/recording/summary';
import type { SessionSummary } from '../../../src/storage/session-repository';
import { playScript } from '../../support/play';
import { minimalScenario } from '../../support/scenarios';

export const scenario: Scenario = minimalScenario();

/** A played session of the minimal scenario as a recording with its summary; ids and dates vary per call. */
export function storedSession(
  n: number,
  overrides: { pseudonym?: string; startedAt?: string } = {},
): { recording: Recording; summary: SessionSummary } {
  const first = scenario.nodes[scenario.start]?.responses?.[0]?.id ?? '';
  const run = playScript(scenario, [first]);
  const poses = new PoseRecorder();
  poses.push(0, { x: 0, y: 1.6, z: 0, qx: 0, qy: 0, qz: 0, qw: 1 });
  const recording = createRecording({
    id: `3f0e9a52-6c1d-4b7e-9a8f-${String(n).padStart(12, '0')}`,
    pseudonym: overrides.pseudonym ?? 'blau-7',
    startedAt: overrides.startedAt ?? `2026-01-${String(10 + n).padStart(2, '0')}T09:30:00.000Z`,
    log: run.log,
    endMs: (run.log.intents.at(-1)?.at ?? 0) + 500,
    poses: poses.encode(),
    sensing: null,
  });
  return { recording, summary: summarizeRecording(recording, scenario) };
}
