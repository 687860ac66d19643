import { useProgress } from '@react-three/drei';
import { t } from '../app/i18n';
import { useSession } from '../state/session';

/** Real loading progress of the scene's assets (three's loading manager), shown until all are in. */
export function LoadingScreen() {
  const { active, progress, loaded, total } = useProgress();
  const locale = useSession((s) => s.settings.locale);
  if (!active) return null;
  const percent = Math.round(progress);
  return (
    <div className="loading" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('loading', locale)}>
      <p>{t('loading', locale)}</p>
      <div className="loading-bar">
        <div className="loading-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="loading-detail">
        {loaded} / {total}
      </p>
    </div>
  );
}
