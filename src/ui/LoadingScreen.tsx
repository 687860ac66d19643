import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { useLoading } from '../state/loading-store';
import { useSession } from '../state/session';

/**
 * Real loading progress of the 3D scene: its code, then its assets (three's loading manager).
 * In the start menu it is a thin line that does not get in the way (the scene loads while the
 * trainee picks a scenario); once a conversation runs it covers the page until all is in.
 */
export function LoadingScreen() {
  const uiText = useText(UI);
  const { scene, active, progress, loaded, total } = useLoading((s) => s);
  const inMenu = useSession((s) => s.screen === 'menu');
  if (scene === 'failed') {
    return (
      <div className="loading-failed" role="alert">
        <p>{uiText('sceneFailed')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {uiText('reload')}
        </button>
      </div>
    );
  }
  if (scene === 'ready' && !active) return null;
  // Before the scene's code is in, three's manager has not counted anything yet.
  const percent = scene === 'ready' ? Math.round(progress) : 0;
  return (
    <div
      className={inMenu ? 'loading loading-inline' : 'loading'}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-label={uiText('loading')}
    >
      <p>{uiText('loading')}</p>
      <div className="loading-bar">
        <div className="loading-fill" style={{ width: `${percent}%` }} />
      </div>
      {!inMenu && total > 0 && (
        <p className="loading-detail">
          {loaded} / {total}
        </p>
      )}
    </div>
  );
}
