import type { Recording } from '../../core/recording/schema';
import type { Database, Queryable } from '../db/adapter';
import type { SessionFacts } from '../summary';
import { insertNotes } from './notes';

export type UploadStatus = 'created' | 'exists' | 'conflict';

/**
 * Stores an uploaded session once. The insert does nothing when the id is known: a retry of the
 * same upload is answered "exists" and only adds notes the server lacks; an id that belongs to
 * another team is a conflict and changes nothing there. Recording, facts, misses and notes are
 * one transaction, so an acknowledged upload is whole.
 */
export async function storeSession(
  db: Database,
  teamId: string,
  deviceId: string | null,
  recording: Recording,
  facts: SessionFacts,
): Promise<UploadStatus> {
  return db.transaction(async (tx) => {
    const s = facts.scores;
    const stored = JSON.stringify({ ...recording, notes: [] });
    const inserted = await tx.query(
      `INSERT INTO sessions (id, team_id, device_id, pseudonym, scenario_id, scenario_title_de, scenario_title_en, mode, started_at, duration_ms,
         finished, outcome, ending_id, score_overall, score_tone, score_structure, score_escalation, score_protocol, recording)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19) ON CONFLICT (id) DO NOTHING`,
      [
        recording.id,
        teamId,
        deviceId,
        recording.pseudonym,
        recording.scenarioId,
        facts.titles?.de ?? null,
        facts.titles?.en ?? null,
        facts.mode,
        recording.startedAt,
        Math.round(recording.timings.durationMs),
        facts.finished,
        facts.outcome,
        facts.endingId,
        s?.overall ?? null,
        s?.tone ?? null,
        s?.structure ?? null,
        s?.escalation ?? null,
        s?.protocol ?? null,
        stored,
      ],
    );
    if (inserted.rowCount === 0) {
      const existing = await tx.query<{ team_id: string; recording: string }>(
        'SELECT team_id, recording FROM sessions WHERE id = $1',
        [recording.id],
      );
      const row = existing.rows[0];
      if (row?.team_id !== teamId) return 'conflict';
      await addLateProtocol(tx, row.recording, recording, stored, s?.protocol ?? null);
    } else {
      for (const miss of facts.misses) {
        await tx.query(
          'INSERT INTO session_misses (session_id, team_id, scenario_id, node, at_ms, techniques) VALUES ($1,$2,$3,$4,$5,$6)',
          [recording.id, teamId, recording.scenarioId, miss.node, Math.round(miss.atMs), miss.techniques.join(',')],
        );
      }
    }
    await insertNotes(tx, teamId, recording.id, recording.notes);
    return inserted.rowCount > 0 ? 'created' : 'exists';
  });
}

/**
 * The trainee writes the protocol in the debrief, often after the session was first uploaded;
 * the device then uploads again. The stored session takes the protocol (and its score) when it
 * had none and everything else is the same session; any other difference is ignored (a session
 * is immutable once stored, apart from notes).
 */
async function addLateProtocol(
  tx: Queryable,
  storedText: string,
  incoming: Recording,
  incomingText: string,
  score: number | null,
): Promise<void> {
  if (!incoming.protocol) return;
  const before = JSON.parse(storedText) as Recording;
  if (before.protocol) return;
  const { protocol: _added, ...rest } = JSON.parse(incomingText) as Recording;
  if (JSON.stringify(rest) !== JSON.stringify({ ...before, notes: [] })) return;
  await tx.query('UPDATE sessions SET recording = $1, score_protocol = $2 WHERE id = $3', [
    incomingText,
    score,
    incoming.id,
  ]);
}

export interface SessionFilter {
  pseudonym?: string | undefined;
  scenario?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  outcome?: string | undefined;
  mode?: 'xr' | 'desktop' | undefined;
}

/** WHERE clause and parameters for a team's sessions; `outcome=unfinished` means no ending. */
export function filterSql(teamId: string, filter: SessionFilter, alias = ''): { where: string; params: unknown[] } {
  const params: unknown[] = [teamId];
  const a = alias ? `${alias}.` : '';
  const clauses = [`${a}team_id = $1`];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.pseudonym) add(`${a}pseudonym = ?`, filter.pseudonym);
  if (filter.scenario) add(`${a}scenario_id = ?`, filter.scenario);
  if (filter.from) add(`${a}started_at >= ?`, filter.from);
  if (filter.to) add(`${a}started_at < ?`, filter.to);
  if (filter.mode) add(`${a}mode = ?`, filter.mode);
  if (filter.outcome === 'unfinished') clauses.push(`${a}outcome IS NULL`);
  else if (filter.outcome) add(`${a}outcome = ?`, filter.outcome);
  return { where: clauses.join(' AND '), params };
}

export const SUMMARY_COLUMNS = `id, pseudonym, scenario_id, scenario_title_de, scenario_title_en, mode, started_at, duration_ms, finished, outcome, ending_id,
  score_overall, score_tone, score_structure, score_escalation, score_protocol, received_at,
  (SELECT count(*)::int FROM notes n WHERE n.session_id = sessions.id) AS note_count`;

export interface SummaryRow {
  id: string;
  pseudonym: string;
  scenario_id: string;
  scenario_title_de: string | null;
  scenario_title_en: string | null;
  mode: string;
  started_at: Date;
  duration_ms: number;
  finished: boolean;
  outcome: string | null;
  ending_id: string | null;
  score_overall: number | null;
  score_tone: number | null;
  score_structure: number | null;
  score_escalation: number | null;
  score_protocol: number | null;
  received_at: Date;
  note_count: number;
}

export function summaryOf(r: SummaryRow) {
  return {
    id: r.id,
    pseudonym: r.pseudonym,
    scenarioId: r.scenario_id,
    scenarioTitle:
      r.scenario_title_de && r.scenario_title_en ? { de: r.scenario_title_de, en: r.scenario_title_en } : null,
    mode: r.mode,
    startedAt: new Date(r.started_at).toISOString(),
    durationMs: Number(r.duration_ms),
    finished: r.finished,
    outcome: r.outcome,
    endingId: r.ending_id,
    scores:
      r.score_overall === null
        ? null
        : {
            overall: r.score_overall,
            tone: r.score_tone,
            structure: r.score_structure,
            escalation: r.score_escalation,
            protocol: r.score_protocol,
          },
    noteCount: Number(r.note_count),
    receivedAt: new Date(r.received_at).toISOString(),
  };
}

export async function listSessions(
  db: Queryable,
  teamId: string,
  filter: SessionFilter,
  page: { limit: number; offset: number },
) {
  const { where, params } = filterSql(teamId, filter);
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions WHERE ${where}`, params);
  const { rows } = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM sessions WHERE ${where} ORDER BY started_at DESC, id DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
    params,
  );
  return { total: Number(total.rows[0]?.n ?? 0), sessions: rows.map(summaryOf) };
}

/** The recording as the device sent it, with every note the server holds for it. */
export async function getRecording(db: Queryable, teamId: string, id: string): Promise<Recording | undefined> {
  const { rows } = await db.query<{ recording: string }>(
    'SELECT recording FROM sessions WHERE id = $1 AND team_id = $2',
    [id, teamId],
  );
  const text = rows[0]?.recording;
  if (text === undefined) return undefined;
  const notes = await db.query<{ at_ms: number; text: string; author: string; created_at: string }>(
    'SELECT at_ms, text, author, created_at FROM notes WHERE session_id = $1 AND team_id = $2 ORDER BY at_ms, created_at, id',
    [id, teamId],
  );
  const recording = JSON.parse(text) as Recording;
  recording.notes = notes.rows.map((n) => ({
    atMs: Number(n.at_ms),
    text: n.text,
    author: n.author,
    createdAt: n.created_at,
  }));
  return recording;
}

export async function deleteSession(db: Queryable, teamId: string, id: string): Promise<boolean> {
  return (await db.query('DELETE FROM sessions WHERE id = $1 AND team_id = $2', [id, teamId])).rowCount > 0;
}

/** Erases everything the team holds about a pseudonym (notes and misses go with their sessions). */
export async function deleteTrainee(db: Queryable, teamId: string, pseudonym: string): Promise<number> {
  return (await db.query('DELETE FROM sessions WHERE team_id = $1 AND pseudonym = $2', [teamId, pseudonym])).rowCount;
}

/** Applies every team's retention: sessions that started longer ago than its days are deleted. */
export async function applyRetention(db: Queryable, teamId?: string): Promise<number> {
  const sql =
    "DELETE FROM sessions s USING teams t WHERE s.team_id = t.id AND t.retention_days IS NOT NULL AND s.started_at < now() - t.retention_days * interval '1 day'";
  const { rowCount } = teamId ? await db.query(`${sql} AND t.id = $1`, [teamId]) : await db.query(sql);
  return rowCount;
}
