import { useSession } from '../../state/session';
import { LIFECYCLE_TEXT } from './lifecycle-texts';
import { lifecycleStore, useLifecycle } from './lifecycle-store';
import { text } from '../../i18n/define-texts';

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
          <p>{text(LIFECYCLE_TEXT, 'graphicsLost', locale)}</p>
          {inXr && <p>{text(LIFECYCLE_TEXT, 'graphicsLostXr', locale)}</p>}
        </>
      )}
      {status === 'stuck' && (
        <>
          <p>{text(LIFECYCLE_TEXT, 'graphicsStuck', locale)}</p>
          <button type="button" className="primary" onClick={reload}>
            {text(LIFECYCLE_TEXT, 'reload', locale)}
          </button>
        </>
      )}
      {status === 'restored-xr' && (
        <>
          <p>{text(LIFECYCLE_TEXT, 'graphicsRestoredXr', locale)}</p>
          <button type="button" onClick={dismiss}>
            {text(LIFECYCLE_TEXT, 'dismiss', locale)}
          </button>
        </>
      )}
    </div>
  );
}
