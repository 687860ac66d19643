import type { Localized } from '../core/scenario/schema';
import type { SessionSummary } from '../storage/session-repository';

export const SORT_KEYS = ['date-desc', 'date-asc', 'score-desc', 'score-asc'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListFilter {
  /** Part of a pseudonym, case-insensitive; empty for all. */
  pseudonym: string;
  /** A scenario id; empty for all. */
  scenarioId: string;
  sort: SortKey;
}

export const DEFAULT_FILTER: ListFilter = { pseudonym: '', scenarioId: '', sort: 'date-desc' };

/**
 * The sessions a trainer asked for, in the order asked for. Ties keep a fixed order (newest
 * first, then id), so the list does not jump when a note changes a row.
 */
export function filterSessions(sessions: readonly SessionSummary[], filter: ListFilter): SessionSummary[] {
  const needle = filter.pseudonym.trim().toLocaleLowerCase();
  const picked = sessions.filter(
    (s) =>
      (!needle || s.pseudonym.toLocaleLowerCase().includes(needle)) &&
      (!filter.scenarioId || s.scenarioId === filter.scenarioId),
  );
  const byDate = (a: SessionSummary, b: SessionSummary) =>
    Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare: Record<SortKey, (a: SessionSummary, b: SessionSummary) => number> = {
    'date-desc': byDate,
    'date-asc': (a, b) => -byDate(a, b),
    'score-desc': (a, b) => b.scores.overall - a.scores.overall || byDate(a, b),
    'score-asc': (a, b) => a.scores.overall - b.scores.overall || byDate(a, b),
  };
  return picked.sort(compare[filter.sort]);
}

/** The scenarios that occur in the list, for the filter's options (id and title), sorted by id. */
export function scenariosIn(sessions: readonly SessionSummary[]): { id: string; title: Localized }[] {
  const byId = new Map<string, Localized>();
  for (const s of sessions) if (!byId.has(s.scenarioId)) byId.set(s.scenarioId, s.scenarioTitle);
  return [...byId].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, title]) => ({ id, title }));
}

export { formatDuration } from '../i18n/format';
