/**
 * The schema, as numbered steps applied in order at start (db/migrate.ts). A step, once
 * released, never changes: a later change is a new step. Plain PostgreSQL that PGlite and
 * PostgreSQL 15+ both run. Ids are text (UUIDs made by the server or the app).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'teams, trainers, devices, sessions, notes, scenarios',
    sql: `
CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  retention_days integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE trainers (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE trainer_logins (
  token_hash text PRIMARY KEY,
  trainer_id text NOT NULL REFERENCES trainers(id) ON DELETE CASCADE,
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE TABLE pairing_codes (
  code_hash text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE TABLE devices (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE TABLE sessions (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  device_id text REFERENCES devices(id) ON DELETE SET NULL,
  pseudonym text NOT NULL,
  scenario_id text NOT NULL,
  scenario_title_de text,
  scenario_title_en text,
  mode text NOT NULL,
  started_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  finished boolean NOT NULL,
  outcome text,
  ending_id text,
  score_overall integer,
  score_tone integer,
  score_structure integer,
  score_escalation integer,
  score_protocol integer,
  recording text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_team_started ON sessions (team_id, started_at, id);
CREATE INDEX sessions_team_pseudonym ON sessions (team_id, pseudonym);
CREATE INDEX sessions_team_scenario ON sessions (team_id, scenario_id);
CREATE TABLE notes (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  at_ms integer NOT NULL,
  text text NOT NULL,
  author text NOT NULL,
  created_at text NOT NULL
);
CREATE INDEX notes_session ON notes (session_id);
CREATE TABLE session_misses (
  session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  scenario_id text NOT NULL,
  node text NOT NULL,
  at_ms integer NOT NULL,
  techniques text NOT NULL DEFAULT ''
);
CREATE INDEX session_misses_team ON session_misses (team_id, scenario_id);
CREATE TABLE scenarios (
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  id text NOT NULL,
  fingerprint text NOT NULL,
  title_de text NOT NULL,
  title_en text NOT NULL,
  source text NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, id)
);
`,
  },
];
