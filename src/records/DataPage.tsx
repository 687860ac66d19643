import type { ScenarioLoader } from '../core/scenario/catalogue';
import { LrsSettings } from '../lrs/LrsSettings';
import { write } from '../recording/records-store';
import { RECORDS_TEXT } from '../recording/records-texts';
import { useSession } from '../state/session';
import { TeamLinkPanel } from '../team/TeamLinkPanel';
import { ConfirmButton } from './ConfirmButton';
import { ImportPanel } from './ImportPanel';
import { PageHeader } from './PageHeader';
import { RetentionSetting } from './RetentionSetting';
import { SessionTable } from './SessionTable';
import { TraineeDataPanel } from './TraineeDataPanel';
import { useSessionList } from './useSessionList';
import './records.css';
import { useText } from '../i18n/use-text';

/**
 * „Meine Daten / My data“ (`#/data`): what is stored on this device and the trainee's rights
 * over it — how long it stays, erasure (one session, one pseudonym, everything), portability
 * (one file per pseudonym), replay files in and out, and xAPI for the organisation's LRS.
 */
export interface DataPageProps {
  /** Finds a session's scenario (the app's bundled ones), for imports and xAPI. */
  loadScenario: ScenarioLoader;
}

export function DataPage({ loadScenario }: DataPageProps) {
  const locale = useSession((s) => s.settings.locale);
  const pseudonym = useSession((s) => s.settings.pseudonym);
  const sessions = useSessionList();
  const text = useText(RECORDS_TEXT);
  return (
    <main className="records-page" aria-label={text('myData')}>
      <PageHeader title={text('myData')} intro={text('dataIntro')} />
      <section className="records-panel wide" aria-labelledby="sessions-title">
        <h2 id="sessions-title">
          {text('sessions')} {sessions ? <span className="records-count">({sessions.length})</span> : null}
        </h2>
        {sessions && <SessionTable sessions={sessions} locale={locale} loadScenario={loadScenario} />}
      </section>
      <div className="records-grid">
        <RetentionSetting />
        <TraineeDataPanel sessions={sessions ?? []} preferred={pseudonym.trim()} />
        <ImportPanel locale={locale} loadScenario={loadScenario} />
        <LrsSettings />
        <TeamLinkPanel />
        <section className="records-panel" aria-labelledby="everything-title">
          <h2 id="everything-title">{text('everything')}</h2>
          <p className="records-hint">{text('everythingHint')}</p>
          <ConfirmButton
            question={text('confirmEverything', { n: sessions?.length ?? 0 })}
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
