import { dismissProblem, retryUnsaved, useRecords } from '../recording/records-store';
import { problemText, RECORDS_TEXT } from '../recording/records-texts';
import { useSession } from '../state/session';
import './records.css';
import { useText } from '../i18n/use-text';

/**
 * Says when sessions could not be stored (a full disk above all) and that nothing stored before
 * was lost; for a finished session that could not be saved, offers to try again or to download it.
 */
export function RecordsNotice() {
  const problem = useRecords((s) => s.problem);
  const unsaved = useRecords((s) => s.unsaved);
  const locale = useSession((s) => s.settings.locale);
  const text = useText(RECORDS_TEXT);
  if (!problem) return null;
  return (
    <div
      className="lifecycle-notice records-notice"
      role="alert"
      data-problem={problem.kind}
      data-action={problem.action}
    >
      <p>{problemText(problem, locale)}</p>
      <div className="records-buttons">
        {problem.action === 'save' && unsaved && (
          <>
            <button
              type="button"
              onClick={() =>
                void import('../recording/session-downloads').then((m) => m.downloadRecording(unsaved.recording))
              }
            >
              {text('download')}
            </button>
            <button type="button" onClick={() => void retryUnsaved()}>
              {text('retry')}
            </button>
          </>
        )}
        <button type="button" onClick={dismissProblem}>
          {text('dismiss')}
        </button>
      </div>
    </div>
  );
}
