import { MOOD_LABELS } from '../../core/protocol/messages';
import type { Recording } from '../../core/recording/schema';
import type { Locale } from '../../core/scenario/vocabulary';
import { text } from '../../i18n/define-texts';
import { intlLocale } from '../../i18n/format';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { OUTCOME_LABELS } from '../../i18n/ui-texts';
import { PrintTranscript } from './PrintTranscript';
import type { PrintModel } from './print-model';

export interface PrintProtocolProps {
  recording: Recording;
  model: PrintModel;
  locale: Locale;
}

const dateTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
const dateOnly = (isoDate: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** The printable sheet: who, what and when; the protocol as written; its check; the transcript. */
export function PrintProtocol({ recording, model, locale }: PrintProtocolProps) {
  // The sheet is the session's document: every heading in the language the session ran in.
  const outcomeText = (key: keyof typeof OUTCOME_LABELS) => text(OUTCOME_LABELS, key, locale);
  const protocolText = (key: keyof typeof PROTOCOL_UI) => text(PROTOCOL_UI, key, locale);
  const { protocol } = recording;
  const { check } = model;
  return (
    <article className="print-sheet" lang={locale}>
      <header>
        <h1 tabIndex={-1}>{protocolText('printTitle')}</h1>
        <dl className="print-facts">
          <dt>{protocolText('scenario')}</dt>
          <dd>{model.title}</dd>
          <dt>{protocolText('date')}</dt>
          <dd>{dateTime(recording.startedAt, locale)}</dd>
          <dt>{protocolText('pseudonym')}</dt>
          <dd>{recording.pseudonym}</dd>
          <dt>{protocolText('outcome')}</dt>
          <dd>{model.outcome ? outcomeText(model.outcome) : protocolText('none')}</dd>
        </dl>
      </header>
      <section aria-labelledby="print-protocol">
        <h2 id="print-protocol">{protocolText('section')}</h2>
        {protocol ? (
          <dl className="print-protocol">
            <dt>{protocolText('concern')}</dt>
            <dd>{protocol.concern || protocolText('none')}</dd>
            <dt>{protocolText('agreement')}</dt>
            <dd>{protocol.agreement || protocolText('none')}</dd>
            <dt>{protocolText('printFollowUp')}</dt>
            <dd>{protocol.followUp ? dateOnly(protocol.followUp, locale) : protocolText('none')}</dd>
            <dt>{protocolText('printMood')}</dt>
            <dd>{MOOD_LABELS[protocol.mood][locale]}</dd>
          </dl>
        ) : (
          <p>{protocolText('noProtocol')}</p>
        )}
      </section>
      {check && (
        <section aria-labelledby="print-check">
          <h2 id="print-check">{protocolText('check')}</h2>
          <p className="print-score">
            {protocolText('documentation')}: <strong>{check.score}</strong> / 100 – {check.verdict[locale]}
          </p>
          <ul className="print-reasons">
            {check.reasons.map((r) => (
              <li key={r[locale]}>{r[locale]}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="print-transcript" className="print-transcript-section">
        <h2 id="print-transcript">{protocolText('transcript')}</h2>
        {model.transcript ? (
          <PrintTranscript rows={model.transcript} locale={locale} />
        ) : (
          <p>{protocolText('transcriptUnavailable')}</p>
        )}
      </section>
      <footer className="print-footer">{protocolText('printedFrom')}</footer>
    </article>
  );
}
