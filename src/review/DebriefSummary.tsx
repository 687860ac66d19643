import { KEY_MOMENT_LABELS, t } from '../i18n/ui-texts';
import type { Locale } from '../core/scenario/vocabulary';
import type { FeedbackReport } from '../core/scoring/report';
import { reviewStore } from './review-store';
import { rt } from './review-texts';
import { formatDuration } from './session-list';

export interface DebriefSummaryProps {
  locale: Locale;
  report: FeedbackReport;
}

/** The session's debrief, as the trainee got it: the scores and the key moments, each a jump into the replay. */
export function DebriefSummary({ locale, report }: DebriefSummaryProps) {
  const rows = [
    ['overall', report.overall.score],
    ['tone', report.tone.score],
    ['structure', report.structure.score],
    ['escalation', report.escalation.score],
  ] as const;
  const seek = reviewStore.getState().seek;
  return (
    <section className="review-debrief" aria-label={rt('debrief', locale)}>
      <h2>{rt('debrief', locale)}</h2>
      <dl className="review-scores">
        {rows.map(([key, score]) => (
          <div key={key}>
            <dt>{t(key, locale)}</dt>
            <dd>{score}</dd>
          </div>
        ))}
      </dl>
      <p className="review-muted">{report.overall.verdict[locale]}</p>
      <h3>{rt('keyMoments', locale)}</h3>
      {report.keyMoments.length === 0 ? (
        <p className="review-muted">{rt('noKeyMoments', locale)}</p>
      ) : (
        <ul className="review-moments">
          {report.keyMoments.map((m, i) => (
            // Key moments of a report are fixed; the index is their identity.
            <li key={i}>
              <button type="button" onClick={() => seek(m.at)}>
                <span className="review-when">{formatDuration(m.at)}</span> <strong>{KEY_MOMENT_LABELS[m.kind][locale]}</strong>
                {m.chosen && <span className="review-said"> „{m.chosen.text[locale]}“</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
