import { describe, expect, it } from 'vitest';
import { startSession } from '../../../src/core/dialogue/engine';
import { exportRecording, recordingFileName } from '../../../src/core/exchange/export';
import { importRecording } from '../../../src/core/exchange/import';
import { sessionLogOf } from '../../../src/core/recording/create';
import { createPoseFrame } from '../../../src/core/recording/pose';
import { poseAt } from '../../../src/core/recording/pose-at';
import { decodePoseTrack } from '../../../src/core/recording/pose-track';
import type { Recording } from '../../../src/core/recording/schema';
import type { Scenario } from '../../../src/core/scenario/schema';
import { buildReport } from '../../../src/core/scoring/report';
import { bodyLanguageFromTotals } from '../../../src/core/sensing/totals';
import { replay, trace } from '../../../src/core/session/log';
import { goldenMoves } from '../../support/golden-paths';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';

/** Every customer line a log produces, from the start on — the transcript a replay shows. */
function transcript(scenario: Scenario, recording: Recording): string[] {
  const log = sessionLogOf(recording);
  const said = startSession(scenario, {
    locale: log.locale,
    seed: log.seed,
    placeholders: log.placeholders,
  }).outputs.flatMap((o) => (o.type === 'say' ? o.lines.map((l) => l.text) : []));
  for (const step of trace(scenario, log))
    for (const o of step.outputs) if (o.type === 'say') said.push(...o.lines.map((l) => l.text));
  return said;
}

function importBack(recording: Recording): Recording {
  const result = importRecording(exportRecording(recording), 'session.json');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.recording;
}

describe('record → export → import → replay', () => {
  const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
  const moves = goldenMoves('angry-repair-returned', 'best');

  it.each(['de', 'en'] as const)('gives the identical transcript, scores and ending (%s)', (locale) => {
    const { recording, run } = recordedSession(scenario, moves, { locale });
    const imported = importBack(recording);
    expect(imported).toEqual(recording);
    expect(transcript(scenario, imported)).toEqual(run.said);
    const live = buildReport(scenario, run.log, bodyLanguageFromTotals(recording.sensing));
    expect(buildReport(scenario, sessionLogOf(imported), bodyLanguageFromTotals(imported.sensing))).toEqual(live);
    expect(replay(scenario, sessionLogOf(imported)).ending).toEqual({
      node: 'resolved_replacement',
      outcome: 'resolved',
    });
  });

  it('gives the live customer state at every intent time', () => {
    const { recording, run } = recordedSession(scenario, moves);
    const imported = sessionLogOf(importBack(recording));
    for (const intent of run.log.intents)
      expect(replay(scenario, imported, intent.at)).toEqual(replay(scenario, run.log, intent.at));
  });

  it('gives the same poses at any seek time', () => {
    const { recording } = recordedSession(scenario, moves);
    const before = decodePoseTrack(recording.poses);
    const after = decodePoseTrack(importBack(recording).poses);
    const a = createPoseFrame();
    const b = createPoseFrame();
    for (let t = 0; t < recording.timings.durationMs; t += 777)
      expect(poseAt(after, t, b)).toEqual(poseAt(before, t, a));
  });

  it('exports the same file twice (stable key order) and refuses to export an invalid recording', () => {
    const { recording } = recordedSession(scenario, moves);
    expect(exportRecording(importBack(recording))).toBe(exportRecording(recording));
    expect(() => exportRecording({ ...recording, pseudonym: 'Max Mustermann' })).toThrow();
  });

  it('names the download after scenario, pseudonym and date', () => {
    const { recording } = recordedSession(scenario, moves);
    expect(recordingFileName(recording)).toBe('counterpart-angry-repair-returned-fuchs-42-2025-03-14.json');
  });
});
