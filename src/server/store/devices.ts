import { randomUUID } from 'node:crypto';
import { newPairingCode, newToken, normalizeCode, tokenHash } from '../auth/tokens';
import type { Database, Queryable } from '../db/adapter';

export const PAIRING_MINUTES = 10;

export async function createPairingCode(db: Queryable, teamId: string): Promise<{ code: string; expiresAt: string }> {
  const code = newPairingCode();
  await db.query('DELETE FROM pairing_codes WHERE expires_at < now()');
  const { rows } = await db.query<{ expires_at: Date }>(
    `INSERT INTO pairing_codes (code_hash, team_id, expires_at) VALUES ($1, $2, now() + interval '${PAIRING_MINUTES} minutes') RETURNING expires_at`,
    [tokenHash(code), teamId],
  );
  return { code, expiresAt: new Date(rows[0]?.expires_at ?? Date.now()).toISOString() };
}

/**
 * Redeems a code once: the UPDATE marks it used only if it is unused and unexpired, so two
 * devices racing for one code cannot both win. Returns the device token, shown only now.
 */
export async function redeemPairingCode(db: Database, typed: string, label: string) {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ team_id: string }>(
      'UPDATE pairing_codes SET used_at = now() WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING team_id',
      [tokenHash(normalizeCode(typed))],
    );
    const teamId = rows[0]?.team_id;
    if (!teamId) return null;
    const token = newToken();
    const deviceId = randomUUID();
    await tx.query('INSERT INTO devices (id, team_id, token_hash, label) VALUES ($1, $2, $3, $4)', [
      deviceId,
      teamId,
      tokenHash(token),
      label,
    ]);
    const team = await tx.query<{ name: string }>('SELECT name FROM teams WHERE id = $1', [teamId]);
    return { token, deviceId, team: team.rows[0]?.name ?? '' };
  });
}

export async function listDevices(db: Queryable, teamId: string) {
  const { rows } = await db.query<{
    id: string;
    label: string;
    created_at: Date;
    last_seen_at: Date | null;
    revoked_at: Date | null;
  }>('SELECT id, label, created_at, last_seen_at, revoked_at FROM devices WHERE team_id = $1 ORDER BY created_at', [
    teamId,
  ]);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    createdAt: iso(r.created_at),
    lastSeenAt: iso(r.last_seen_at),
    revoked: r.revoked_at !== null,
  }));
}

/** Revokes a device of this team; false when the team has no such device. */
export async function revokeDevice(db: Queryable, teamId: string, deviceId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND team_id = $2',
    [deviceId, teamId],
  );
  return rowCount > 0;
}
