import { useEffect } from 'react';
import type { ScenarioLoader } from '../core/scenario/catalogue';
import { hrefOf, parseRoute } from '../nav/route';
import { useRecords } from '../recording/records-store';
import { useSession } from '../state/session';
import { ReplayPlayer } from './ReplayPlayer';
import { reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { SessionList } from './SessionList';
import './review.css';
import { useText } from '../i18n/use-text';

export interface ReviewPageProps {
  /** Finds a stored session's scenario (the app's bundled ones). */
  loadScenario: ScenarioLoader;
}

/**
 * The trainer's review at `#/review`: the stored sessions, and once one is opened, its replay.
 * The list reloads whenever the stored sessions change (a save, an import, a deletion).
 */
export function ReviewPage({ loadScenario }: ReviewPageProps) {
  const reviewText = useText(REVIEW_TEXTS);
  const locale = useSession((s) => s.settings.locale);
  const revision = useRecords((s) => s.revision);
  const repository = useRecords((s) => s.repository);
  const opened = useReview((s) => s.open !== null);
  useEffect(() => {
    void reviewStore.getState().loadList();
  }, [revision, repository]);
  useEffect(() => {
    // `#/review?session=ID` opens that session directly (a link from the history or a colleague).
    const route = parseRoute(window.location.hash);
    if (route.page === 'review' && route.session) void reviewStore.getState().openSession(route.session, loadScenario);
    return () => reviewStore.getState().close();
  }, [loadScenario]);
  return (
    <main className="review" aria-label={reviewText('title')}>
      {opened ? (
        <ReplayPlayer locale={locale} />
      ) : (
        <div className="review-list">
          <header>
            <h1>{reviewText('title')}</h1>
            <a href={hrefOf({ page: 'app' })}>{reviewText('toApp')}</a>
          </header>
          <SessionList locale={locale} loadScenario={loadScenario} />
        </div>
      )}
    </main>
  );
}
