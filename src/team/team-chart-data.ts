import type { TeamAnalytics } from './trainer-api';

/** One line of a "score over time" chart: a scenario or a pseudonym. */
export interface Series {
  key: string;
  label: string;
  sessions: number;
  first: { week: string; overall: number };
  last: { week: string; overall: number };
}

/** Rows for a line chart: one per week (oldest first), a column per series key, absent where it has no score. */
export type WeekRow = { week: string } & Record<string, number | string>;

export interface Timeline {
  rows: WeekRow[];
  /** The series drawn, most sessions first (at most `limit`; the table lists all). */
  series: Series[];
  /** How many series there are in all. */
  total: number;
}

type WeekPoint = { week: string; sessions: number; overall: number };

/**
 * Pivots per-week averages into chart rows. More than `limit` lines cannot be told apart, so
 * only the series with the most sessions are drawn; `total` lets the page say so.
 */
export function timeline(
  points: readonly (WeekPoint & { key: string })[],
  labelOf: (key: string) => string,
  limit: number,
): Timeline {
  const byKey = new Map<string, WeekPoint[]>();
  for (const p of points) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  const all: Series[] = [...byKey.entries()].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => a.week.localeCompare(b.week));
    const first = sorted[0] as WeekPoint;
    const last = sorted[sorted.length - 1] as WeekPoint;
    return {
      key,
      label: labelOf(key),
      sessions: sorted.reduce((n, p) => n + p.sessions, 0),
      first: { week: first.week, overall: first.overall },
      last: { week: last.week, overall: last.overall },
    };
  });
  all.sort((a, b) => b.sessions - a.sessions || a.label.localeCompare(b.label, undefined, { numeric: true }));
  const series = all.slice(0, limit);
  const drawn = new Set(series.map((s) => s.key));
  const weeks = new Map<string, WeekRow>();
  for (const p of points) {
    if (!drawn.has(p.key)) continue;
    const row: WeekRow = weeks.get(p.week) ?? { week: p.week };
    row[p.key] = p.overall;
    weeks.set(p.week, row);
  }
  const rows = [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
  return { rows, series, total: all.length };
}

export const scenarioTimeline = (a: TeamAnalytics, titleOf: (id: string) => string, limit: number) =>
  timeline(
    a.scoresByScenario.map((r) => ({ ...r, key: r.scenarioId })),
    titleOf,
    limit,
  );

export const traineeTimeline = (a: TeamAnalytics, limit: number) =>
  timeline(
    a.scoresByTrainee.map((r) => ({ ...r, key: r.pseudonym })),
    (key) => key,
    limit,
  );

/** Completion bars: finished and unfinished sessions per scenario, most sessions first. */
export function completionBars(a: TeamAnalytics, titleOf: (id: string) => string) {
  return [...a.completion]
    .sort((x, y) => y.sessions - x.sessions || x.scenarioId.localeCompare(y.scenarioId))
    .map((c) => ({
      key: c.scenarioId,
      label: titleOf(c.scenarioId),
      finished: c.finished,
      unfinished: c.sessions - c.finished,
      percent: Math.round(c.rate * 100),
    }));
}

/** Bars of the decisions missed most: "decision · scenario" with the count. */
export function missedMomentBars(a: TeamAnalytics, titleOf: (id: string) => string, limit: number) {
  return a.missedMoments.slice(0, limit).map((m) => ({
    key: `${m.scenarioId}/${m.node}`,
    // The decision first: a long scenario title is what gets cut short beside the bar.
    label: `${m.node} · ${titleOf(m.scenarioId)}`,
    misses: m.misses,
  }));
}

/** Bars of the techniques the better answers at missed decisions used. */
export function missedTechniqueBars(a: TeamAnalytics, labelOf: (technique: string) => string, limit: number) {
  return a.missedTechniques
    .slice(0, limit)
    .map((t) => ({ key: t.technique, label: labelOf(t.technique), misses: t.misses }));
}

/** A tick label that fits beside a bar: long scenario titles are cut with an ellipsis. */
export function shortLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
