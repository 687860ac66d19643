import type { Queryable } from '../db/adapter';
import { filterSql, type SessionFilter } from './sessions';

/**
 * The team's figures, each one aggregate query (indexes on team_id): average scores per
 * scenario and per trainee by week, completion per scenario, the decisions missed most and the
 * techniques those better answers used. Unscored sessions count for completion only.
 */
export async function teamAnalytics(db: Queryable, teamId: string, filter: SessionFilter) {
  const { where, params } = filterSql(teamId, filter);
  const s = filterSql(teamId, filter, 's');
  const week = "to_char(date_trunc('week', started_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')";
  const [byScenario, byTrainee, completion, moments, techniques] = await Promise.all([
    db.query<{ scenario_id: string; week: string; sessions: number; overall: number }>(
      `SELECT scenario_id, ${week} AS week, count(*)::int AS sessions, round(avg(score_overall))::int AS overall
       FROM sessions WHERE ${where} AND score_overall IS NOT NULL GROUP BY scenario_id, week ORDER BY week, scenario_id`,
      params,
    ),
    db.query<{ pseudonym: string; week: string; sessions: number; overall: number }>(
      `SELECT pseudonym, ${week} AS week, count(*)::int AS sessions, round(avg(score_overall))::int AS overall
       FROM sessions WHERE ${where} AND score_overall IS NOT NULL GROUP BY pseudonym, week ORDER BY week, pseudonym`,
      params,
    ),
    db.query<{
      scenario_id: string;
      sessions: number;
      finished: number;
      title_de: string | null;
      title_en: string | null;
    }>(
      `SELECT scenario_id, count(*)::int AS sessions, count(*) FILTER (WHERE finished)::int AS finished,
         max(scenario_title_de) AS title_de, max(scenario_title_en) AS title_en
       FROM sessions WHERE ${where} GROUP BY scenario_id ORDER BY scenario_id`,
      params,
    ),
    db.query<{ scenario_id: string; node: string; misses: number }>(
      `SELECT m.scenario_id, m.node, count(*)::int AS misses FROM session_misses m JOIN sessions s ON s.id = m.session_id
       WHERE ${s.where} GROUP BY m.scenario_id, m.node ORDER BY misses DESC, m.scenario_id, m.node LIMIT 20`,
      s.params,
    ),
    db.query<{ technique: string; misses: number }>(
      `SELECT t.technique, count(*)::int AS misses FROM session_misses m JOIN sessions s ON s.id = m.session_id
         CROSS JOIN LATERAL unnest(string_to_array(m.techniques, ',')) AS t(technique)
       WHERE ${s.where} AND m.techniques <> '' GROUP BY t.technique ORDER BY misses DESC, t.technique LIMIT 20`,
      s.params,
    ),
  ]);
  return {
    scoresByScenario: byScenario.rows.map((r) => ({
      scenarioId: r.scenario_id,
      week: r.week,
      sessions: r.sessions,
      overall: r.overall,
    })),
    scoresByTrainee: byTrainee.rows.map((r) => ({
      pseudonym: r.pseudonym,
      week: r.week,
      sessions: r.sessions,
      overall: r.overall,
    })),
    completion: completion.rows.map((r) => ({
      scenarioId: r.scenario_id,
      title: r.title_de && r.title_en ? { de: r.title_de, en: r.title_en } : null,
      sessions: r.sessions,
      finished: r.finished,
      rate: r.sessions > 0 ? r.finished / r.sessions : 0,
    })),
    missedMoments: moments.rows.map((r) => ({ scenarioId: r.scenario_id, node: r.node, misses: r.misses })),
    missedTechniques: techniques.rows.map((r) => ({ technique: r.technique, misses: r.misses })),
  };
}
