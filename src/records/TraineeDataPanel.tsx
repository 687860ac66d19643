import { useState } from 'react';
import { useText } from '../i18n/use-text';
import { write } from '../recording/records-store';
import { RECORDS_TEXT } from '../recording/records-texts';
import { downloadTraineeData } from '../recording/session-downloads';
import type { SessionSummary } from '../storage/session-repository';
import { ConfirmButton } from './ConfirmButton';

export interface TraineeDataPanelProps {
  sessions: readonly SessionSummary[];
  /** The pseudonym of the settings, chosen first when it has sessions. */
  preferred: string;
}

/** One pseudonym's data: take it all along as one file (portability), or erase it all (erasure). */
export function TraineeDataPanel({ sessions, preferred }: TraineeDataPanelProps) {
  const pseudonyms = [...new Set(sessions.map((s) => s.pseudonym))].sort((a, b) => a.localeCompare(b));
  const [picked, setPicked] = useState<string | null>(null);
  const chosen =
    picked !== null && pseudonyms.includes(picked)
      ? picked
      : pseudonyms.includes(preferred)
        ? preferred
        : (pseudonyms[0] ?? '');
  const count = sessions.filter((s) => s.pseudonym === chosen).length;
  const text = useText(RECORDS_TEXT);
  return (
    <section className="records-panel" aria-labelledby="trainee-title">
      <h2 id="trainee-title">{text('trainee')}</h2>
      {pseudonyms.length === 0 ? (
        <p className="records-empty">{text('none')}</p>
      ) : (
        <>
          <label className="records-field">
            {text('pseudonym')}
            <select value={chosen} onChange={(e) => setPicked(e.target.value)}>
              {pseudonyms.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
            <span className="records-hint">
              {count} {text(count === 1 ? 'sessionCountOne' : 'sessionCountMany')}
            </span>
          </label>
          <div className="records-buttons">
            <button type="button" onClick={() => void downloadTraineeData(chosen)}>
              {text('exportTrainee')}
            </button>
            <ConfirmButton
              question={text('confirmDeleteTrainee', { p: chosen })}
              onConfirm={() => {
                void write('delete', (r) => r.deleteTrainee(chosen));
                // On a paired device the team server erases the pseudonym too (now, or once it is reachable).
                void import('../team/sync-runner').then((m) => m.eraseOnServer(chosen));
              }}
            >
              {text('deleteTrainee')}
            </ConfirmButton>
          </div>
        </>
      )}
    </section>
  );
}
