import { useText } from '../../i18n/use-text';
import { lifecycleStore, useLifecycle } from './lifecycle-store';
import { LIFECYCLE_TEXT } from './lifecycle-texts';

const reload = () => window.location.reload();
const dismiss = () => lifecycleStore.setState({ graphics: 'ok', graphicsLostInXr: false });

/** Says that the graphics were reset and what happens now; never a silent blank scene. */
export function GraphicsResetNotice() {
  const lifecycleText = useText(LIFECYCLE_TEXT);
  const status = useLifecycle((s) => s.graphics);
  const inXr = useLifecycle((s) => s.graphicsLostInXr);
  if (status === 'ok') return null;
  return (
    <div className="lifecycle-notice graphics-notice" role="alert" data-status={status}>
      {status === 'lost' && (
        <>
          <p>{lifecycleText('graphicsLost')}</p>
          {inXr && <p>{lifecycleText('graphicsLostXr')}</p>}
        </>
      )}
      {status === 'stuck' && (
        <>
          <p>{lifecycleText('graphicsStuck')}</p>
          <button type="button" className="primary" onClick={reload}>
            {lifecycleText('reload')}
          </button>
        </>
      )}
      {status === 'restored-xr' && (
        <>
          <p>{lifecycleText('graphicsRestoredXr')}</p>
          <button type="button" onClick={dismiss}>
            {lifecycleText('dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
