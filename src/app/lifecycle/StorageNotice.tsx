import { useText } from '../../i18n/use-text';
import { checkpointStore, useCheckpoints } from '../../storage/checkpoint-store';
import { LIFECYCLE_TEXT } from './lifecycle-texts';

const dismiss = () => checkpointStore.setState({ problem: null });

/** Tells the trainee when the conversation cannot be saved (the conversation itself goes on). */
export function StorageNotice() {
  const lifecycleText = useText(LIFECYCLE_TEXT);
  const problem = useCheckpoints((s) => s.problem);
  if (!problem) return null;
  return (
    <div className="lifecycle-notice storage-notice" role="alert" data-problem={problem}>
      <p>{lifecycleText(problem === 'quota' ? 'storageQuota' : 'storageFailed')}</p>
      <button type="button" onClick={dismiss}>
        {lifecycleText('dismiss')}
      </button>
    </div>
  );
}
