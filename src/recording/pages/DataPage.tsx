import { LrsSettings } from '../../lrs/LrsSettings';
import { useSession } from '../../state/session';
import { write } from '../records-store';
import { RECORDS_TEXT, recordsText } from '../records-texts';
import { ConfirmButton } from './ConfirmButton';
import { ImportPanel } from './ImportPanel';
import { PageHeader } from './PageHeader';
import { RetentionSetting } from './RetentionSetting';
import { SessionTable } from './SessionTable';
import { TraineeDataPanel } from './TraineeDataPanel';
import { useSessionList } from './useSessionList';
import './records.css';

/**
 * „Meine Daten / My data“ (`#/data`): what is stored on this device and the trainee's rights
 * over it — how long it stays, erasure (one session, one pseudonym, everything), portability
 * (one file per pseudonym), replay files in and out, and xAPI for the organisation's LRS.
 */
export function DataPage() {
  const locale = useSession((s) => s.settings.locale);
  const pseudonym = useSession((s) => s.settings.pseudonym);
  const sessions = useSessionList();
  const text = (key: keyof typeof RECORDS_TEXT) => RECORDS_TEXT[key][locale];
  return (
    <main className="records-page" aria-label={text('myData')}>
      <PageHeader title={text('myData')} intro={text('dataIntro')} locale={locale} />
      <section className="records-panel wide" aria-labelledby="sessions-title">
        <h2 id="sessions-title">
          {text('sessions')} {sessions ? <span className="records-count">({sessions.length})</span> : null}
        </h2>
        {sessions && <SessionTable sessions={sessions} locale={locale} />}
      </section>
      <div className="records-grid">
        <RetentionSetting locale={locale} />
        <TraineeDataPanel sessions={sessions ?? []} preferred={pseudonym.trim()} locale={locale} />
        <ImportPanel locale={locale} />
        <LrsSettings locale={locale} />
        <section className="records-panel" aria-labelledby="everything-title">
          <h2 id="everything-title">{text('everything')}</h2>
          <p className="records-hint">{text('everythingHint')}</p>
          <ConfirmButton
            question={recordsText('confirmEverything', locale, { n: sessions?.length ?? 0 })}
            locale={locale}
            disabled={!sessions || sessions.length === 0}
            onConfirm={() => void write('delete', (r) => r.clear())}
          >
            {text('everything')}
          </ConfirmButton>
        </section>
      </div>
    </main>
  );
}
