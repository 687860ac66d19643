import type { ProtocolCheck } from '../core/protocol/check';
import type { Locale } from '../core/scenario/vocabulary';
import type { FeedbackReport } from '../core/scoring/report';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { PROTOCOL_UI } from '../i18n/protocol-texts';
import { KEY_MOMENT_LABELS, UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { CappedNote } from '../ui/debrief/CappedNote';
import { DifficultyBadge } from '../ui/debrief/DifficultyBadge';
import { TypeRecognitionLine } from '../ui/debrief/TypeQuestion';
import { reviewStore } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { formatDuration } from './session-list';

export interface DebriefSummaryProps {
  locale: Locale;
  /** The session's language: the verdict and the quoted answers are shown as the trainee got them. */
  sessionLocale?: Locale;
  report: FeedbackReport;
  /** The check of the trainee's protocol, as the live debrief showed it under „Dokumentation“; null when none was written. */
  documentation: ProtocolCheck | null;
}

/** The session's debrief, as the trainee got it: the scores and the key moments, each a jump into the replay. */
export function DebriefSummary({ locale, sessionLocale = locale, report, documentation }: DebriefSummaryProps) {
  const momentText = useText(KEY_MOMENT_LABELS);
  const reviewText = useText(REVIEW_TEXTS);
  const uiText = useText(UI);
  const debriefText = useText(DEBRIEF_TEXTS);
  const protocolText = useText(PROTOCOL_UI);
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
      <DifficultyBadge difficulty={report.difficulty} />
      <dl className="review-scores">
        {rows.map(([key, score]) => (
          <div key={key}>
            <dt>{uiText(key)}</dt>
            <dd>{score}</dd>
          </div>
        ))}
        {/* The fourth item of the live debrief: the protocol's check, recomputed from the recording. */}
        <div
          data-item="documentation"
          title={documentation ? documentation.verdict[locale] : debriefText('noProtocol')}
        >
          <dt>{protocolText('documentation')}</dt>
          <dd>{documentation ? documentation.score : '—'}</dd>
        </div>
      </dl>
      <p className="review-muted" lang={sessionLocale}>
        {report.overall.verdict[sessionLocale]}
      </p>
      <CappedNote report={report} locale={locale} />
      {documentation ? (
        <ul className="review-doc-reasons review-muted" lang={sessionLocale}>
          {documentation.reasons.map((r) => (
            <li key={r.de}>{r[sessionLocale]}</li>
          ))}
        </ul>
      ) : (
        <p className="review-muted">
          {protocolText('documentation')}: {debriefText('noProtocol')}
        </p>
      )}
      {report.typeRecognition && <TypeRecognitionLine item={report.typeRecognition} locale={locale} />}
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
                {m.count > 1 && <span className="review-muted"> ({debriefText('repeatedShort', { n: m.count })})</span>}
                {m.chosen && (
                  <span className="review-said" lang={sessionLocale}>
                    {' '}
                    „{m.chosen.text[sessionLocale]}“
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
