import { lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { voiceStore } from '../voice/voice-store';
import { RecordsNotice } from '../recording/pages/RecordsNotice';
import { LazyReviewPage, LazyReviewStage } from '../review/lazy-review';
import { useSession } from '../state/session';
import { LoadingScreen } from '../ui/LoadingScreen';
import { StartMenu } from '../ui/StartMenu';
import { LazyConversationView, LazyDebrief, LazyPrintRoute } from './lazy-screens';
import { usePrintId } from './print/print-route';
import { LazyScene } from './LazyScene';
import { useRoute } from './route';

// Voice mode's panel (microphone indicator, calibration, prompts) loads only when voice mode is on.
const VoicePanel = lazy(() => import('../ui/VoicePanel').then((m) => ({ default: m.VoicePanel })));

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
  const voice = useStore(voiceStore, (s) => s.enabled);
  const printing = usePrintId() !== null;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div className="app" data-screen={screen} data-route={route}>
      {/* The trainer's review replays a stored session in the same scene, in place of the live conversation. */}
      <LazyScene
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
      <Suspense fallback={null}>
        {route === 'app' && screen === 'conversation' && <LazyConversationView />}
        {route === 'app' && screen === 'debrief' && <LazyDebrief />}
        {printing && <LazyPrintRoute />}
        {route === 'data' && <DataPage />}
        {route === 'history' && <HistoryPage />}
      </Suspense>
      {route === 'review' && (
        <Suspense fallback={null}>
          <LazyReviewPage />
        </Suspense>
      )}
      {voice && (
        <Suspense fallback={null}>
          <VoicePanel locale={locale} />
        </Suspense>
      )}
      <RecordsNotice />
    </div>
  );
}
