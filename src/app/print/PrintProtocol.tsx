import { MOOD_LABELS } from '../../core/protocol/messages';
import type { Recording } from '../../core/recording/schema';
import type { Locale } from '../../core/scenario/vocabulary';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { OUTCOME_LABELS } from '../../i18n/ui-texts';
import type { PrintModel } from './print-model';
import { PrintTranscript } from './PrintTranscript';
import { intlLocale } from '../../i18n/format';
import { text } from '../../i18n/define-texts';

export interface PrintProtocolProps {
  recording: Recording;
  model: PrintModel;
  locale: Locale;
}

const dateTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
const dateOnly = (isoDate: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** The printable sheet: who, what and when; the protocol as written; its check; the transcript. */
export function PrintProtocol({ recording, model, locale }: PrintProtocolProps) {
  const { protocol } = recording;
  const { check } = model;
  return (
    <article className="print-sheet">
      <header>
        <h1 tabIndex={-1}>{text(PROTOCOL_UI, 'printTitle', locale)}</h1>
        <dl className="print-facts">
          <dt>{text(PROTOCOL_UI, 'scenario', locale)}</dt>
          <dd>{model.title}</dd>
          <dt>{text(PROTOCOL_UI, 'date', locale)}</dt>
          <dd>{dateTime(recording.startedAt, locale)}</dd>
          <dt>{text(PROTOCOL_UI, 'pseudonym', locale)}</dt>
          <dd>{recording.pseudonym}</dd>
          <dt>{text(PROTOCOL_UI, 'outcome', locale)}</dt>
          <dd>{model.outcome ? text(OUTCOME_LABELS, model.outcome, locale) : text(PROTOCOL_UI, 'none', locale)}</dd>
        </dl>
      </header>
      <section aria-labelledby="print-protocol">
        <h2 id="print-protocol">{text(PROTOCOL_UI, 'section', locale)}</h2>
        {protocol ? (
          <dl className="print-protocol">
            <dt>{text(PROTOCOL_UI, 'concern', locale)}</dt>
            <dd>{protocol.concern || text(PROTOCOL_UI, 'none', locale)}</dd>
            <dt>{text(PROTOCOL_UI, 'agreement', locale)}</dt>
            <dd>{protocol.agreement || text(PROTOCOL_UI, 'none', locale)}</dd>
            <dt>{text(PROTOCOL_UI, 'printFollowUp', locale)}</dt>
            <dd>{protocol.followUp ? dateOnly(protocol.followUp, locale) : text(PROTOCOL_UI, 'none', locale)}</dd>
            <dt>{text(PROTOCOL_UI, 'printMood', locale)}</dt>
            <dd>{MOOD_LABELS[protocol.mood][locale]}</dd>
          </dl>
        ) : (
          <p>{text(PROTOCOL_UI, 'noProtocol', locale)}</p>
        )}
      </section>
      {check && (
        <section aria-labelledby="print-check">
          <h2 id="print-check">{text(PROTOCOL_UI, 'check', locale)}</h2>
          <p className="print-score">
            {text(PROTOCOL_UI, 'documentation', locale)}: <strong>{check.score}</strong> / 100 – {check.verdict[locale]}
          </p>
          <ul className="print-reasons">
            {check.reasons.map((r) => (
              <li key={r[locale]}>{r[locale]}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="print-transcript" className="print-transcript-section">
        <h2 id="print-transcript">{text(PROTOCOL_UI, 'transcript', locale)}</h2>
        {model.transcript ? <PrintTranscript rows={model.transcript} locale={locale} /> : <p>{text(PROTOCOL_UI, 'transcriptUnavailable', locale)}</p>}
      </section>
      <footer className="print-footer">{text(PROTOCOL_UI, 'printedFrom', locale)}</footer>
    </article>
  );
}
