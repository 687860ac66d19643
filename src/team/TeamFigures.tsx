import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import type { Locale } from '../core/scenario/vocabulary';
import { text as textOf } from '../i18n/define-texts';
import { useText } from '../i18n/use-text';
import { useSession } from '../state/session';
import {
  completionBars,
  missedMomentBars,
  missedTechniqueBars,
  scenarioTimeline,
  type Timeline,
  traineeTimeline,
} from './team-chart-data';
import { TEAM_TEXT } from './team-texts';
import { TECHNIQUE_LABELS } from './technique-labels';
import { type TeamAnalytics, type TeamFilter, trainerApi } from './trainer-api';

// The chart library is loaded only when a trainer's figures are shown, never with the trainee's app.
const ScoreLineChart = lazy(() => import('./TeamCharts').then((m) => ({ default: m.ScoreLineChart })));
const LabelBarChart = lazy(() => import('./TeamCharts').then((m) => ({ default: m.LabelBarChart })));

/** Lines beyond this many cannot be told apart; the table beside the chart lists every one. */
const MAX_LINES = 8;
const MAX_BARS = 10;

/**
 * The team's figures: scores per scenario and per pseudonym over the weeks (lines), completion
 * per scenario and the decisions and techniques missed most (bars). Each chart has its values
 * beside it as a table or a short text: screen readers and tests read those, the chart is hidden
 * from assistive technology.
 */
export function TeamFigures({ filter }: { filter: TeamFilter }) {
  const text = useText(TEAM_TEXT);
  const locale = useSession((s) => s.settings.locale);
  const [figures, setFigures] = useState<TeamAnalytics | null>(null);
  useEffect(() => {
    trainerApi.analytics(filter).then(setFigures, () => setFigures(null));
  }, [filter]);
  if (!figures) return null;
  const titles = new Map(figures.completion.map((c) => [c.scenarioId, c.title?.[locale] ?? c.scenarioId]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const technique = (t: string) =>
    t in TECHNIQUE_LABELS ? textOf(TECHNIQUE_LABELS, t as keyof typeof TECHNIQUE_LABELS, locale) : t;
  const byScenario = scenarioTimeline(figures, titleOf, MAX_LINES);
  const byTrainee = traineeTimeline(figures, MAX_LINES);
  const completion = completionBars(figures, titleOf);
  const moments = missedMomentBars(figures, titleOf, MAX_BARS);
  const techniques = missedTechniqueBars(figures, technique, MAX_BARS);
  const lineTexts = { week: text('weekAxis'), score: text('scoreAxis') };
  const missTexts = { value: text('missesAxis'), parts: [{ key: 'misses', name: text('missesLegend') }] };
  return (
    <section className="records-panel wide team-figures" aria-labelledby="team-figures-title">
      <h2 id="team-figures-title">{text('figures')}</h2>
      {figures.completion.length === 0 && <p className="records-empty">{text('noFigures')}</p>}
      {byScenario.series.length > 0 && (
        <Figure
          id="by-scenario"
          caption={text('byScenario')}
          chart={<ScoreLineChart data={byScenario} texts={lineTexts} locale={locale} />}
        >
          <TimelineSummary data={byScenario} locale={locale} />
        </Figure>
      )}
      {byTrainee.series.length > 0 && (
        <Figure
          id="by-trainee"
          caption={text('byTrainee')}
          chart={<ScoreLineChart data={byTrainee} texts={lineTexts} locale={locale} />}
        >
          <TimelineSummary data={byTrainee} locale={locale} />
        </Figure>
      )}
      {completion.length > 0 && (
        <Figure
          id="completion"
          caption={text('completion')}
          chart={
            <LabelBarChart
              rows={completion}
              texts={{
                value: text('sessionsAxis'),
                parts: [
                  { key: 'finished', name: text('finished') },
                  { key: 'unfinished', name: text('unfinished') },
                ],
              }}
            />
          }
        >
          <table className="records-table">
            <thead>
              <tr>
                <th scope="col">{text('scenario')}</th>
                <th scope="col">{text('finished')}</th>
                <th scope="col">{text('count')}</th>
                <th scope="col">%</th>
              </tr>
            </thead>
            <tbody>
              {completion.map((c) => (
                <tr key={c.key}>
                  <td>{c.label}</td>
                  <td className="number">{c.finished}</td>
                  <td className="number">{c.finished + c.unfinished}</td>
                  <td className="number">{c.percent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Figure>
      )}
      {moments.length > 0 && (
        <Figure
          id="missed-moments"
          caption={text('missedMoments')}
          chart={<LabelBarChart rows={moments} texts={missTexts} />}
        >
          <CountTable rows={moments} head={text('decision')} count={text('missesLegend')} />
        </Figure>
      )}
      {techniques.length > 0 && (
        <Figure
          id="missed-techniques"
          caption={text('missedTechniques')}
          chart={<LabelBarChart rows={techniques} texts={missTexts} />}
        >
          <CountTable rows={techniques} head={text('technique')} count={text('missesLegend')} />
        </Figure>
      )}
    </section>
  );
}

function Figure({
  id,
  caption,
  chart,
  children,
}: {
  id: string;
  caption: string;
  chart: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="team-figure" data-figure={id} aria-labelledby={`team-figure-${id}`}>
      <figcaption id={`team-figure-${id}`}>{caption}</figcaption>
      <div className="team-figure-body">
        <Suspense fallback={<div className="team-chart" aria-hidden="true" />}>{chart}</Suspense>
        <div className="team-figure-values">{children}</div>
      </div>
    </figure>
  );
}

function CountTable({
  rows,
  head,
  count,
}: {
  rows: { key: string; label: string; misses: number }[];
  head: string;
  count: string;
}) {
  return (
    <table className="records-table">
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{count}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            <td className="number">{r.misses}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The lines in words (first and latest week), and every week's value in a table on demand. */
function TimelineSummary({ data, locale }: { data: Timeline; locale: Locale }) {
  const text = useText(TEAM_TEXT);
  return (
    <>
      <ul className="team-series">
        {data.series.map((s) => (
          <li key={s.key}>
            {text('seriesSummary', {
              name: s.label,
              first: s.first.overall,
              last: s.last.overall,
              sessions: s.sessions,
            })}
          </li>
        ))}
      </ul>
      {data.total > data.series.length && (
        <p className="records-hint">{text('topSeries', { shown: data.series.length, total: data.total })}</p>
      )}
      <details>
        <summary>{text('everyWeek')}</summary>
        <table className="records-table">
          <thead>
            <tr>
              <th scope="col">{text('week')}</th>
              {data.series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.week}>
                <td className="nowrap">
                  {new Date(`${row.week}T00:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC' })}
                </td>
                {data.series.map((s) => (
                  <td className="number" key={s.key}>
                    {row[s.key] ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
