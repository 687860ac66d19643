import { useEffect } from 'react';
import { hrefOf } from '../nav/route';
import { useRecords } from '../recording/records-store';
import { useSession } from '../state/session';
import { ReplayPlayer } from './ReplayPlayer';
import { reviewStore, useReview } from './review-store';
import { rt } from './review-texts';
import { SessionList } from './SessionList';
import './review.css';

/** ReviewPage reads the stores and takes no props. */
export type ReviewPageProps = Record<string, never>;

/** `#/review?session=ID` opens that session directly (a link from the history or a colleague). */
function linkedSession(hash: string): string | null {
  const query = hash.split('?')[1];
  return query ? new URLSearchParams(query).get('session') : null;
}

/**
 * The trainer's review at `#/review`: the stored sessions, and once one is opened, its replay.
 * The list reloads whenever the stored sessions change (a save, an import, a deletion).
 */
export function ReviewPage() {
  const locale = useSession((s) => s.settings.locale);
  const revision = useRecords((s) => s.revision);
  const repository = useRecords((s) => s.repository);
  const opened = useReview((s) => s.open !== null);
  useEffect(() => {
    void reviewStore.getState().loadList();
  }, [revision, repository]);
  useEffect(() => {
    const id = linkedSession(window.location.hash);
    if (id) void reviewStore.getState().openSession(id);
    return () => reviewStore.getState().close();
  }, []);
  return (
    <main className="review" aria-label={rt('title', locale)}>
      {opened ? (
        <ReplayPlayer locale={locale} />
      ) : (
        <div className="review-list">
          <header>
            <h1>{rt('title', locale)}</h1>
            <a href={hrefOf('app')}>{rt('toApp', locale)}</a>
          </header>
          <SessionList locale={locale} />
        </div>
      )}
    </main>
  );
}
