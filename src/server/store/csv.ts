import type { Queryable } from '../db/adapter';
import { filterSql, type SessionFilter, SUMMARY_COLUMNS, type SummaryRow, summaryOf } from './sessions';

const HEADER = [
  'id',
  'pseudonym',
  'scenario',
  'title',
  'mode',
  'started_at',
  'duration_s',
  'finished',
  'outcome',
  'overall',
  'tone',
  'structure',
  'escalation',
  'protocol',
  'notes',
];

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The filtered sessions of a team as CSV (UTF-8 with BOM, so Excel reads umlauts), one row per session. */
export async function sessionsCsv(db: Queryable, teamId: string, filter: SessionFilter): Promise<string> {
  const { where, params } = filterSql(teamId, filter);
  const { rows } = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM sessions WHERE ${where} ORDER BY started_at, id`,
    params,
  );
  const lines = rows
    .map(summaryOf)
    .map((s) =>
      [
        s.id,
        s.pseudonym,
        s.scenarioId,
        s.scenarioTitle?.de ?? '',
        s.mode,
        s.startedAt,
        Math.round(s.durationMs / 1000),
        s.finished,
        s.outcome ?? '',
        s.scores?.overall,
        s.scores?.tone,
        s.scores?.structure,
        s.scores?.escalation,
        s.scores?.protocol,
        s.noteCount,
      ]
        .map(csvCell)
        .join(','),
    );
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
