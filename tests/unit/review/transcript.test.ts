import { describe, expect, it } from 'vitest';
import { sessionLogOf } from '../../../src/core/recording/create';
import { buildReplayModel, transcriptIndexAt } from '../../../src/review/replay-model';
import { SpeechScheduler, spokenLineAt } from '../../../src/review/speech-schedule';
import { BETWEEN_LINES_MS } from '../../../src/speech/pacing';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';
import { BEST_ANGRY } from './long-session';

const angry = scenarioFrom('scenes/angry-repair-returned.yaml');
const line = (text: string) => ({ text, emotion: 'angry', gesture: 'none' }) as const;

describe('transcript', () => {
  for (const locale of ['de', 'en'] as const) {
    it(`lists every customer line and every answer in order, in the recording's language (${locale})`, () => {
      const run = playScript(angry, BEST_ANGRY, { locale });
      const model = buildReplayModel(angry, run.log, 0);
      const customer = model.transcript.filter((e) => e.kind === 'customer').map((e) => e.text);
      expect(customer).toEqual(run.said);
      const trainee = model.transcript.filter((e) => e.kind === 'trainee');
      expect(trainee).toHaveLength(BEST_ANGRY.length);
      expect(model.choices.map((c) => c.at)).toEqual(
        run.log.intents.filter((i) => i.type === 'choose').map((i) => i.at),
      );
      expect(model.transcript.at(-1)?.kind).toBe('ending');
      // Rows are in time order.
      for (let i = 1; i < model.transcript.length; i++)
        expect(model.transcript[i]?.at).toBeGreaterThanOrEqual(model.transcript[i - 1]?.at ?? 0);
    });
  }

  it('follows the playhead: the row at a time is the last one begun by then', () => {
    const { recording } = recordedSession(angry, BEST_ANGRY);
    const { transcript } = buildReplayModel(angry, sessionLogOf(recording), recording.timings.durationMs);
    expect(transcriptIndexAt(transcript, -1)).toBe(-1);
    transcript.forEach((row, i) => {
      const at = transcriptIndexAt(transcript, row.at);
      // Rows at the same moment resolve to the last of them.
      expect(transcript[at]?.at).toBe(row.at);
      expect(at).toBeGreaterThanOrEqual(i);
      if (i + 1 < transcript.length && (transcript[i + 1]?.at ?? 0) > row.at + 1)
        expect(transcriptIndexAt(transcript, row.at + 1)).toBe(i);
    });
    expect(transcriptIndexAt(transcript, Number.POSITIVE_INFINITY)).toBe(transcript.length - 1);
  });
});

describe('speech schedule', () => {
  it('lays out a beat line after line with a breath between, cut when the choices come up', () => {
    const s = new SpeechScheduler('de', 1);
    s.beat(1000, [line('Guten Tag.'), line('Das Gerät ist schon wieder kaputt, und zwar genau wie vorher.')]);
    s.silence(2000);
    const lines = s.finish();
    expect(lines[0]?.start).toBe(1000);
    expect(lines[0]?.end).toBeLessThan(2000);
    expect(lines[1]?.start).toBe((lines[0]?.end ?? 0) + BETWEEN_LINES_MS);
    expect(lines[1]?.end).toBe(2000);
    expect(spokenLineAt(lines, 999)).toBe(-1);
    expect(spokenLineAt(lines, 1000)).toBe(0);
    expect(spokenLineAt(lines, (lines[0]?.end ?? 0) + 10)).toBe(-1);
    expect(spokenLineAt(lines, 1999)).toBe(1);
    expect(spokenLineAt(lines, 2000)).toBe(-1);
  });

  it('repeats the line a pause cut off from its start on resume, as the speech director does', () => {
    const s = new SpeechScheduler('en', 1);
    s.beat(0, [line('This is a rather long sentence about a broken washing machine.')]);
    s.pause(500);
    s.resume(5000);
    const lines = s.finish();
    expect(lines.map((l) => [l.start, l.line])).toEqual([
      [0, 0],
      [5000, 0],
    ]);
    expect(lines[0]?.end).toBe(500);
    expect(lines[1]?.end).toBeGreaterThan(5500);
  });

  it('lets the last beat play out and never overlaps lines', () => {
    const run = playScript(angry, BEST_ANGRY);
    const { lines, durationMs } = buildReplayModel(angry, run.log, 0);
    for (let i = 1; i < lines.length; i++) expect(lines[i]?.start).toBeGreaterThanOrEqual(lines[i - 1]?.end ?? 0);
    expect(durationMs).toBe(lines.at(-1)?.end);
    expect(durationMs).toBeGreaterThan(run.log.intents.at(-1)?.at ?? 0);
  });
});
