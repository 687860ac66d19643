import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, filterSessions, formatDuration, scenariosIn } from '../../../src/review/session-list';
import type { SessionSummary } from '../../../src/storage/session-repository';

const row = (
  id: string,
  pseudonym: string,
  scenarioId: string,
  startedAt: string,
  overall: number,
): SessionSummary => ({
  id,
  pseudonym,
  scenarioId,
  scenarioTitle: { de: `Titel ${scenarioId}`, en: `Title ${scenarioId}` },
  startedAt,
  durationMs: 60_000,
  scores: { overall, tone: overall, structure: overall, escalation: overall },
  outcome: 'resolved',
  endingId: 'end',
  noteCount: 0,
});

const rows = [
  row('a', 'fuchs-42', 'angry', '2026-01-02T10:00:00Z', 70),
  row('b', 'Dachs', 'angry', '2026-01-03T10:00:00Z', 40),
  row('c', 'fuchs-7', 'talkative', '2026-01-01T10:00:00Z', 90),
  row('d', 'eule', 'talkative', '2026-01-03T10:00:00Z', 40),
];

describe('session list', () => {
  it('sorts by date and by score, ties newest first then by id', () => {
    const ids = (sort: (typeof DEFAULT_FILTER)['sort']) =>
      filterSessions(rows, { ...DEFAULT_FILTER, sort }).map((r) => r.id);
    expect(ids('date-desc')).toEqual(['b', 'd', 'a', 'c']);
    expect(ids('date-asc')).toEqual(['c', 'a', 'd', 'b']);
    expect(ids('score-desc')).toEqual(['c', 'a', 'b', 'd']);
    expect(ids('score-asc')).toEqual(['b', 'd', 'a', 'c']);
  });

  it('filters by part of a pseudonym (any case) and by scenario', () => {
    expect(filterSessions(rows, { ...DEFAULT_FILTER, pseudonym: 'FUCHS' }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(filterSessions(rows, { ...DEFAULT_FILTER, scenarioId: 'talkative' }).map((r) => r.id)).toEqual(['d', 'c']);
    expect(
      filterSessions(rows, { ...DEFAULT_FILTER, pseudonym: 'fuchs', scenarioId: 'angry' }).map((r) => r.id),
    ).toEqual(['a']);
    expect(scenariosIn(rows).map((s) => s.id)).toEqual(['angry', 'talkative']);
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    expect([0, 59_999, 65_000, 30 * 60_000, 3_723_000].map(formatDuration)).toEqual([
      '0:00',
      '0:59',
      '1:05',
      '30:00',
      '1:02:03',
    ]);
  });
});
