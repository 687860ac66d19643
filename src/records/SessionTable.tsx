import { useState } from 'react';
import type { ScenarioLoader } from '../core/scenario/catalogue';
import type { Locale } from '../core/scenario/vocabulary';
import { text } from '../i18n/define-texts';
import { SESSION_TEXT } from '../i18n/session-texts';
import { OUTCOME_LABELS } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { write } from '../recording/records-store';
import { formatDuration, formatWhen, RECORDS_TEXT, type RecordsTextKey } from '../recording/records-texts';
import { downloadReplay, downloadStatements } from '../recording/session-downloads';
import type { SessionSummary } from '../storage/session-repository';
import { UploadBadge } from '../team/UploadBadge';
import { ConfirmButton } from './ConfirmButton';

export interface SessionTableProps {
  sessions: readonly SessionSummary[];
  locale: Locale;
  /** Finds a session's scenario for its xAPI statements (the app's bundled ones). */
  loadScenario: ScenarioLoader;
}

/** An outcome kind in words; unknown kinds (a newer app's file) as they are. */
export function outcomeLabel(outcome: string | null, locale: Locale, abandoned = false): string {
  // Ended by the trainee before an ending: said as such, not as a conversation that broke off.
  if (abandoned) return text(SESSION_TEXT, 'abandoned', locale);
  if (outcome === null) return text(RECORDS_TEXT, 'unfinished', locale);
  return outcome in OUTCOME_LABELS ? text(OUTCOME_LABELS, outcome as keyof typeof OUTCOME_LABELS, locale) : outcome;
}

/** Every stored session with its downloads (replay file, xAPI) and its own delete. */
export function SessionTable({ sessions, locale, loadScenario }: SessionTableProps) {
  const [notice, setNotice] = useState<RecordsTextKey | null>(null);
  const text = useText(RECORDS_TEXT);
  const exportStatements = async (id: string) =>
    setNotice((await downloadStatements(id, loadScenario)) ? null : 'xapiUnavailable');
  if (sessions.length === 0) return <p className="records-empty">{text('none')}</p>;
  return (
    <div className="records-table-wrap">
      {notice && (
        <p className="records-hint" role="status">
          {text(notice)}
        </p>
      )}
      <table className="records-table">
        <thead>
          <tr>
            <th scope="col">{text('date')}</th>
            <th scope="col">{text('pseudonym')}</th>
            <th scope="col">{text('scenario')}</th>
            <th scope="col">{text('duration')}</th>
            <th scope="col">{text('score')}</th>
            <th scope="col">{text('outcome')}</th>
            <th scope="col">{text('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} data-session-id={s.id}>
              <td className="nowrap">
                {formatWhen(s.startedAt, locale)}
                <UploadBadge id={s.id} />
              </td>
              <td className="nowrap">{s.pseudonym}</td>
              <td>{s.scenarioTitle[locale]}</td>
              <td className="number">{formatDuration(s.durationMs)}</td>
              <td className="number" data-score="overall">
                {s.scores.overall}
              </td>
              <td data-outcome-label={s.abandoned ? 'abandoned' : (s.outcome ?? 'unfinished')}>
                {outcomeLabel(s.outcome, locale, s.abandoned)}
              </td>
              <td className="records-actions">
                <button type="button" onClick={() => void downloadReplay(s.id)}>
                  {text('replayFile')}
                </button>
                <button type="button" onClick={() => void exportStatements(s.id)}>
                  {text('xapi')}
                </button>
                <ConfirmButton
                  question={text('confirmDelete')}
                  onConfirm={() =>
                    void write('delete', (r) => r.delete(s.id)).then((done) => {
                      // A paired device deletes the uploaded copy too (queued while the server is away).
                      if (done !== null) void import('../team/sync-runner').then((m) => m.deleteOnServer(s.id));
                    })
                  }
                >
                  {text('delete')}
                </ConfirmButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
