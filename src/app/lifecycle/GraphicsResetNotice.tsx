import { useSession } from '../../state/session';
import { LIFECYCLE_TEXT } from './lifecycle-texts';
import { lifecycleStore, useLifecycle } from './lifecycle-store';

const reload = () => window.location.reload();
const dismiss = () => lifecycleStore.setState({ graphics: 'ok', graphicsLostInXr: false });

/** Says that the graphics were reset and what happens now; never a silent blank scene. */
export function GraphicsResetNotice() {
  const status = useLifecycle((s) => s.graphics);
  const inXr = useLifecycle((s) => s.graphicsLostInXr);
  const locale = useSession((s) => s.settings.locale);
  if (status === 'ok') return null;
  return (
    <div className="lifecycle-notice graphics-notice" role="alert" data-status={status}>
      {status === 'lost' && (
        <>
          <p>{LIFECYCLE_TEXT.graphicsLost[locale]}</p>
          {inXr && <p>{LIFECYCLE_TEXT.graphicsLostXr[locale]}</p>}
        </>
      )}
      {status === 'stuck' && (
        <>
          <p>{LIFECYCLE_TEXT.graphicsStuck[locale]}</p>
          <button type="button" className="primary" onClick={reload}>
            {LIFECYCLE_TEXT.reload[locale]}
          </button>
        </>
      )}
      {status === 'restored-xr' && (
        <>
          <p>{LIFECYCLE_TEXT.graphicsRestoredXr[locale]}</p>
          <button type="button" onClick={dismiss}>
            {LIFECYCLE_TEXT.dismiss[locale]}
          </button>
        </>
      )}
    </div>
  );
}
