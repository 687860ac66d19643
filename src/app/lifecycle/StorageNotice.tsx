import { checkpointStore, useCheckpoints } from '../../state/checkpoint-store';
import { useSession } from '../../state/session';
import { LIFECYCLE_TEXT } from './lifecycle-texts';
import { text } from '../../i18n/define-texts';

const dismiss = () => checkpointStore.setState({ problem: null });

/** Tells the trainee when the conversation cannot be saved (the conversation itself goes on). */
export function StorageNotice() {
  const problem = useCheckpoints((s) => s.problem);
  const locale = useSession((s) => s.settings.locale);
  if (!problem) return null;
  return (
    <div className="lifecycle-notice storage-notice" role="alert" data-problem={problem}>
      <p>{text(LIFECYCLE_TEXT, problem === 'quota' ? 'storageQuota' : 'storageFailed', locale)}</p>
      <button type="button" onClick={dismiss}>
        {text(LIFECYCLE_TEXT, 'dismiss', locale)}
      </button>
    </div>
  );
}
