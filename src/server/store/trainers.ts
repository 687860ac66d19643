import { randomUUID } from 'node:crypto';
import { hashPassword } from '../auth/password';
import { newToken, tokenHash } from '../auth/tokens';
import type { Database, Queryable } from '../db/adapter';

export const LOGIN_HOURS = 12;

/** Creates the team if it does not exist yet and a trainer in it; refuses an e-mail that is taken. */
export async function addTrainer(
  db: Database,
  team: string,
  email: string,
  password: string,
): Promise<{ teamId: string; trainerId: string; newTeam: boolean }> {
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const taken = await tx.query('SELECT 1 FROM trainers WHERE email = $1', [email]);
    if (taken.rowCount > 0) throw new Error(`a trainer with the e-mail ${email} exists already`);
    const existing = await tx.query<{ id: string }>('SELECT id FROM teams WHERE name = $1', [team]);
    const teamId = existing.rows[0]?.id ?? randomUUID();
    if (!existing.rows[0]) await tx.query('INSERT INTO teams (id, name) VALUES ($1, $2)', [teamId, team]);
    const trainerId = randomUUID();
    await tx.query('INSERT INTO trainers (id, team_id, email, password_hash) VALUES ($1, $2, $3, $4)', [
      trainerId,
      teamId,
      email,
      hash,
    ]);
    return { teamId, trainerId, newTeam: !existing.rows[0] };
  });
}

export async function trainerByEmail(db: Queryable, email: string) {
  const { rows } = await db.query<{ id: string; team_id: string; password_hash: string }>(
    'SELECT id, team_id, password_hash FROM trainers WHERE email = $1',
    [email],
  );
  return rows[0];
}

/** A new login: the cookie value is returned once, only its hash is kept. Expired logins are swept on the way. */
export async function startLogin(db: Queryable, trainerId: string, teamId: string): Promise<string> {
  const token = newToken();
  await db.query('DELETE FROM trainer_logins WHERE expires_at < now()');
  await db.query(
    `INSERT INTO trainer_logins (token_hash, trainer_id, team_id, expires_at) VALUES ($1, $2, $3, now() + interval '${LOGIN_HOURS} hours')`,
    [tokenHash(token), trainerId, teamId],
  );
  return token;
}

export async function endLogin(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM trainer_logins WHERE token_hash = $1', [tokenHash(token)]);
}

export async function whoAmI(db: Queryable, trainerId: string) {
  const { rows } = await db.query<{ email: string; team: string; team_id: string }>(
    'SELECT t.email, m.name AS team, m.id AS team_id FROM trainers t JOIN teams m ON m.id = t.team_id WHERE t.id = $1',
    [trainerId],
  );
  return rows[0];
}
