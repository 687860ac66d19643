import { MOOD_LABELS } from '../../core/protocol/messages';
import type { Recording } from '../../core/recording/schema';
import type { Locale } from '../../core/scenario/vocabulary';
import { pt } from '../../i18n/protocol-texts';
import { OUTCOME_LABELS } from '../../i18n/ui-texts';
import type { PrintModel } from './print-model';
import { PrintTranscript } from './PrintTranscript';
import { intlLocale } from '../../i18n/format';

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
        <h1 tabIndex={-1}>{pt('printTitle', locale)}</h1>
        <dl className="print-facts">
          <dt>{pt('scenario', locale)}</dt>
          <dd>{model.title}</dd>
          <dt>{pt('date', locale)}</dt>
          <dd>{dateTime(recording.startedAt, locale)}</dd>
          <dt>{pt('pseudonym', locale)}</dt>
          <dd>{recording.pseudonym}</dd>
          <dt>{pt('outcome', locale)}</dt>
          <dd>{model.outcome ? OUTCOME_LABELS[model.outcome][locale] : pt('none', locale)}</dd>
        </dl>
      </header>
      <section aria-labelledby="print-protocol">
        <h2 id="print-protocol">{pt('section', locale)}</h2>
        {protocol ? (
          <dl className="print-protocol">
            <dt>{pt('concern', locale)}</dt>
            <dd>{protocol.concern || pt('none', locale)}</dd>
            <dt>{pt('agreement', locale)}</dt>
            <dd>{protocol.agreement || pt('none', locale)}</dd>
            <dt>{pt('printFollowUp', locale)}</dt>
            <dd>{protocol.followUp ? dateOnly(protocol.followUp, locale) : pt('none', locale)}</dd>
            <dt>{pt('printMood', locale)}</dt>
            <dd>{MOOD_LABELS[protocol.mood][locale]}</dd>
          </dl>
        ) : (
          <p>{pt('noProtocol', locale)}</p>
        )}
      </section>
      {check && (
        <section aria-labelledby="print-check">
          <h2 id="print-check">{pt('check', locale)}</h2>
          <p className="print-score">
            {pt('documentation', locale)}: <strong>{check.score}</strong> / 100 – {check.verdict[locale]}
          </p>
          <ul className="print-reasons">
            {check.reasons.map((r) => (
              <li key={r[locale]}>{r[locale]}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="print-transcript" className="print-transcript-section">
        <h2 id="print-transcript">{pt('transcript', locale)}</h2>
        {model.transcript ? <PrintTranscript rows={model.transcript} locale={locale} /> : <p>{pt('transcriptUnavailable', locale)}</p>}
      </section>
      <footer className="print-footer">{pt('printedFrom', locale)}</footer>
    </article>
  );
}
