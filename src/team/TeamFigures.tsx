import { useEffect, useState } from 'react';
import { text as textOf } from '../i18n/define-texts';
import { useText } from '../i18n/use-text';
import { useSession } from '../state/session';
import { TEAM_TEXT } from './team-texts';
import { TECHNIQUE_LABELS } from './technique-labels';
import { type TeamAnalytics, type TeamFilter, trainerApi } from './trainer-api';

/**
 * The team's figures as tables: completion per scenario, the decisions missed most, the
 * techniques the better answers used, the score per pseudonym and week. (Tables, not charts:
 * the issue asks for a maintained chart library, which the project does not have yet.)
 */
export function TeamFigures({ filter }: { filter: TeamFilter }) {
  const text = useText(TEAM_TEXT);
  const locale = useSession((s) => s.settings.locale);
  const [figures, setFigures] = useState<TeamAnalytics | null>(null);
  useEffect(() => {
    trainerApi.analytics(filter).then(setFigures, () => setFigures(null));
  }, [filter]);
  if (!figures) return null;
  const technique = (t: string) =>
    t in TECHNIQUE_LABELS ? textOf(TECHNIQUE_LABELS, t as keyof typeof TECHNIQUE_LABELS, locale) : t;
  return (
    <section className="records-panel wide" aria-labelledby="team-figures-title">
      <h2 id="team-figures-title">{text('figures')}</h2>
      <div className="records-grid">
        <figure>
          <figcaption>{text('completion')}</figcaption>
          <ul>
            {figures.completion.map((c) => (
              <li key={c.scenarioId}>
                {c.title?.[locale] ?? c.scenarioId}:{' '}
                {text('finishedOf', { finished: c.finished, sessions: c.sessions })}
              </li>
            ))}
          </ul>
        </figure>
        <figure>
          <figcaption>{text('missedMoments')}</figcaption>
          <ol>
            {figures.missedMoments.map((m) => (
              <li key={`${m.scenarioId}/${m.node}`}>
                {m.scenarioId} · {m.node}: {m.misses}×
              </li>
            ))}
          </ol>
        </figure>
        <figure>
          <figcaption>{text('missedTechniques')}</figcaption>
          <ol>
            {figures.missedTechniques.map((t) => (
              <li key={t.technique}>
                {technique(t.technique)}: {t.misses}×
              </li>
            ))}
          </ol>
        </figure>
        <figure>
          <figcaption>{text('byTrainee')}</figcaption>
          <table className="records-table">
            <thead>
              <tr>
                <th scope="col">{text('filterPseudonym')}</th>
                <th scope="col">{text('week')}</th>
                <th scope="col">{text('count')}</th>
                <th scope="col">{text('score')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.scoresByTrainee.map((r) => (
                <tr key={`${r.pseudonym}/${r.week}`}>
                  <td>{r.pseudonym}</td>
                  <td>{r.week}</td>
                  <td className="number">{r.sessions}</td>
                  <td className="number">{r.overall}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      </div>
    </section>
  );
}
