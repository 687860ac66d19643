import { createHash } from 'node:crypto';
import type { TrainerNote } from '../../core/recording/schema';
import type { Queryable } from '../db/adapter';

/** A note's id is its content: the same note arriving from a device and again in a re-upload is stored once. */
export function noteId(sessionId: string, note: TrainerNote): string {
  return createHash('sha256')
    .update(JSON.stringify([sessionId, note.atMs, note.author, note.createdAt, note.text]))
    .digest('hex')
    .slice(0, 32);
}

export async function insertNotes(
  db: Queryable,
  teamId: string,
  sessionId: string,
  notes: readonly TrainerNote[],
): Promise<number> {
  let added = 0;
  for (const note of notes) {
    const { rowCount } = await db.query(
      'INSERT INTO notes (id, session_id, team_id, at_ms, text, author, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (id) DO NOTHING',
      [noteId(sessionId, note), sessionId, teamId, Math.round(note.atMs), note.text, note.author, note.createdAt],
    );
    added += rowCount;
  }
  return added;
}

export async function listNotes(db: Queryable, teamId: string, sessionId: string): Promise<TrainerNote[] | undefined> {
  const owner = await db.query('SELECT 1 FROM sessions WHERE id = $1 AND team_id = $2', [sessionId, teamId]);
  if (owner.rowCount === 0) return undefined;
  const { rows } = await db.query<{ at_ms: number; text: string; author: string; created_at: string }>(
    'SELECT at_ms, text, author, created_at FROM notes WHERE session_id = $1 AND team_id = $2 ORDER BY at_ms, created_at, id',
    [sessionId, teamId],
  );
  return rows.map((n) => ({ atMs: Number(n.at_ms), text: n.text, author: n.author, createdAt: n.created_at }));
}
