import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportRecording } from '../../../src/core/exchange/export';
import { checkSessionProtocol } from '../../../src/core/protocol/session-check';
import { createRecording, sessionLogOf } from '../../../src/core/recording/create';
import { emptyRawTrack, encodePoseTrack } from '../../../src/core/recording/pose-track';
import type { Recording } from '../../../src/core/recording/schema';
import { buildReport } from '../../../src/core/scoring/report';
import { recordsStore, saveSession } from '../../../src/recording/records-store';
import { importReplayFiles } from '../../../src/recording/replay-import';
import { summarizeRecording } from '../../../src/recording/summary';
import { memorySessionRepository, type SessionSummary } from '../../../src/storage/session-repository';
import { submitProtocol } from '../../../src/ui/protocol/submit-protocol';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';
import { PROTOCOL_CASES } from '../protocol/scenario-protocols';

/**
 * An imported replay file's scores are the app's own: a file carries none (the schema refuses
 * them), tone/structure/escalation come from its log and the protocol score from its protocol,
 * computed the way the debrief computed them when the session was live.
 */
const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const load = async (id: string) => (id === scenario.id ? scenario : undefined);
const good = PROTOCOL_CASES[0]?.good ?? (undefined as never);
const NOW = new Date('2026-03-14T10:00:00+01:00');
const ID = '00000000-0000-4000-8000-0000000000c1';

let repo = memorySessionRepository();
const freshRepository = () => {
  repo = memorySessionRepository();
  recordsStore.setState({ repository: repo, lastSaved: null, problem: null, unsaved: null, revision: 0 });
};
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  freshRepository();
});

/** Plays the best path live, saves it and submits the protocol through the debrief's own code; returns the file and the live summary. */
async function liveSession(): Promise<{ file: string; recording: Recording; live: SessionSummary }> {
  const run = playScript(scenario, goldenMoves('angry-repair-returned', 'best'), { seed: 'import-scores' });
  const recording = createRecording({
    id: ID,
    pseudonym: 'fox-7',
    startedAt: '2026-03-14T08:45:00.000Z',
    log: run.log,
    endMs: 90_000,
    poses: encodePoseTrack(emptyRawTrack(), 20),
    sensing: null,
  });
  await saveSession(recording, summarizeRecording(recording, scenario));
  await submitProtocol(scenario, run.log, good, NOW);
  const saved = await repo.get(ID);
  const live = (await repo.list()).find((s) => s.id === ID);
  if (!saved || !live) throw new Error('the live session was not stored');
  freshRepository();
  return { file: exportRecording(saved), recording: saved, live };
}

async function importOne(text: string) {
  const [outcome] = await importReplayFiles([{ name: 'session.json', text }], load);
  return { outcome, summary: (await repo.list()).find((s) => s.id === ID) };
}

describe('scores of an imported replay file', () => {
  it('are the ones the live app stored, protocol score included', async () => {
    const { file, live } = await liveSession();
    expect(live.scores.protocol).toBe(100);
    const { outcome, summary } = await importOne(file);
    expect(outcome?.status).toBe('imported');
    expect(summary).toEqual(live);
  });

  it('follow a hand-edited protocol: the score is checked again, not carried over', async () => {
    const { recording, live } = await liveSession();
    const edited = {
      ...recording,
      protocol: {
        ...good,
        writtenAt: NOW.toISOString(),
        agreement: 'Kein Austauschgerät, Kunde informiert.',
        mood: 'angry' as const,
      },
    };
    const { outcome, summary } = await importOne(exportRecording(edited));
    expect(outcome?.status).toBe('imported');
    const expected = checkSessionProtocol(scenario, sessionLogOf(edited), edited.protocol, '2026-03-14').score;
    expect(expected).toBeLessThan(60);
    expect(summary?.scores.protocol).toBe(expected);
    expect(summary?.scores).toEqual({ ...live.scores, protocol: expected });
  });

  it('come from the log for tone, structure and escalation', async () => {
    const { recording } = await liveSession();
    const { summary } = await importOne(exportRecording(recording));
    const report = buildReport(scenario, sessionLogOf(recording));
    expect(summary?.scores).toMatchObject({
      overall: report.overall.score,
      tone: report.tone.score,
      structure: report.structure.score,
      escalation: report.escalation.score,
    });
  });

  it('has no protocol score when the file has no protocol', async () => {
    const { recording } = await liveSession();
    const { protocol: _written, ...withoutProtocol } = recording;
    const { summary } = await importOne(exportRecording(withoutProtocol));
    expect(summary?.scores.protocol).toBeUndefined();
  });

  it.each([
    [
      'claimed scores beside the log',
      (data: Record<string, unknown>) => ({ ...data, scores: { overall: 100, tone: 100, protocol: 100 } }),
      'scores',
    ],
    [
      'a claimed score inside the protocol',
      (data: Record<string, unknown>) => ({ ...data, protocol: { ...(data.protocol as object), score: 100 } }),
      'protocol.score',
    ],
  ])('refuses a file with %s, and stores nothing', async (_what, tamper, field) => {
    const { file } = await liveSession();
    const tampered = JSON.stringify(tamper(JSON.parse(file) as Record<string, unknown>), null, 2);
    const { outcome, summary } = await importOne(tampered);
    expect(outcome?.status).toBe('refused');
    expect(outcome?.status === 'refused' && outcome.problems.map((p) => p.field)).toContain(field);
    expect(summary).toBeUndefined();
  });
});
