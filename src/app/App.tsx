import { lazy, Suspense, useEffect } from 'react';
import { RecordsNotice } from '../recording/pages/RecordsNotice';
import { LazyReviewPage, LazyReviewStage } from '../review/lazy-review';
import { TrainingScene } from '../scene/TrainingScene';
import { useSession } from '../state/session';
import { ConversationView } from '../ui/ConversationView';
import { Debrief } from '../ui/Debrief';
import { LoadingScreen } from '../ui/LoadingScreen';
import { StartMenu } from '../ui/StartMenu';
import { PrintRoute } from './print/PrintRoute';
import { useRoute } from './route';

// Pages behind a hash route load on demand: a conversation does without them (and their full zod).
const DataPage = lazy(() => import('../recording/pages/DataPage').then((m) => ({ default: m.DataPage })));
const HistoryPage = lazy(() => import('../recording/pages/HistoryPage').then((m) => ({ default: m.HistoryPage })));

/**
 * The 3D scene fills the window for the app's whole life; the menu, the accessible conversation
 * mirror and the debrief are DOM layers above it.
 */
export function App() {
  const screen = useSession((s) => s.screen);
  const locale = useSession((s) => s.settings.locale);
  // The hash route (route.ts) puts a page over the app; the session store switches the app's screens.
  const route = useRoute();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div className="app" data-screen={screen} data-route={route}>
      {/* The trainer's review replays a stored session in the same scene, in place of the live conversation. */}
      <TrainingScene
        stage={
          route === 'review' ? (
            <Suspense fallback={null}>
              <LazyReviewStage />
            </Suspense>
          ) : undefined
        }
      />
      <LoadingScreen />
      {route === 'app' && screen === 'menu' && <StartMenu />}
      {route === 'app' && screen === 'conversation' && <ConversationView />}
      {route === 'app' && screen === 'debrief' && <Debrief />}
      <Suspense fallback={null}>
        {route === 'data' && <DataPage />}
        {route === 'history' && <HistoryPage />}
      </Suspense>
      {route === 'review' && (
        <Suspense fallback={null}>
          <LazyReviewPage />
        </Suspense>
      )}
      <RecordsNotice />
      <PrintRoute />
    </div>
  );
}
