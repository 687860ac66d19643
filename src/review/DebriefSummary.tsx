import { KEY_MOMENT_LABELS, UI } from '../i18n/ui-texts';
import type { Locale } from '../core/scenario/vocabulary';
import type { FeedbackReport } from '../core/scoring/report';
import { reviewStore } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { formatDuration } from './session-list';
import { useText } from '../i18n/use-text';

export interface DebriefSummaryProps {
  locale: Locale;
  report: FeedbackReport;
}

/** The session's debrief, as the trainee got it: the scores and the key moments, each a jump into the replay. */
export function DebriefSummary({ locale, report }: DebriefSummaryProps) {
  const momentText = useText(KEY_MOMENT_LABELS);
  const reviewText = useText(REVIEW_TEXTS);
  const uiText = useText(UI);
  const rows = [
    ['overall', report.overall.score],
    ['tone', report.tone.score],
    ['structure', report.structure.score],
    ['escalation', report.escalation.score],
  ] as const;
  const seek = reviewStore.getState().seek;
  return (
    <section className="review-debrief" aria-label={reviewText('debrief')}>
      <h2>{reviewText('debrief')}</h2>
      <dl className="review-scores">
        {rows.map(([key, score]) => (
          <div key={key}>
            <dt>{uiText(key)}</dt>
            <dd>{score}</dd>
          </div>
        ))}
      </dl>
      <p className="review-muted">{report.overall.verdict[locale]}</p>
      <h3>{reviewText('keyMoments')}</h3>
      {report.keyMoments.length === 0 ? (
        <p className="review-muted">{reviewText('noKeyMoments')}</p>
      ) : (
        <ul className="review-moments">
          {report.keyMoments.map((m, i) => (
            // Key moments of a report are fixed; the index is their identity.
            <li key={i}>
              <button type="button" onClick={() => seek(m.at)}>
                <span className="review-when">{formatDuration(m.at)}</span> <strong>{momentText(m.kind)}</strong>
                {m.chosen && <span className="review-said"> „{m.chosen.text[locale]}“</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
