import { lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { showsApp, useRoute } from '../nav/route';
import { RecordsNotice } from '../records/RecordsNotice';
import { LazyReviewPage, LazyReviewStage } from '../review/lazy-review';
import { useSession } from '../state/session';
import { useTeamCatalogue } from '../team/team-scenarios';
import { LoadingScreen } from '../ui/LoadingScreen';
import { StartMenu } from '../ui/StartMenu';
import { voiceStore } from '../voice/voice-store';
import { EmulatorExit } from '../xr/session/EmulatorExit';
import { catalogue as bundledCatalogue } from './bundled-scenarios';
import { BUNDLED_PROFILE } from './company-profile';
import { LazyScene } from './LazyScene';
import { LazyConversationRuntime, LazyConversationView, LazyDebrief, LazyPrintRoute } from './lazy-screens';
import { loadAnyScenario, refreshOwnScenarios, useCatalogue } from './scenario-catalogue';

// Voice mode's panel (microphone indicator, calibration, prompts) loads only when voice mode is on.
const VoicePanel = lazy(() => import('../ui/VoicePanel').then((m) => ({ default: m.VoicePanel })));

// Pages behind a hash route load on demand: a conversation does without them (and their full zod).
const DataPage = lazy(() => import('../records/DataPage').then((m) => ({ default: m.DataPage })));
const HistoryPage = lazy(() => import('../records/HistoryPage').then((m) => ({ default: m.HistoryPage })));
// The trainer's scenario page brings the YAML parser, the full schema and the code editor: only there.
const ScenariosPage = lazy(() => import('../authoring/ScenariosPage').then((m) => ({ default: m.ScenariosPage })));
const TeamPage = lazy(() => import('../team/TeamPage').then((m) => ({ default: m.TeamPage })));

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
  const printing = route.page === 'print';
  // The print page lies over the app, which stays what it was underneath.
  const page = showsApp(route) ? 'app' : route.page;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Bundled scenarios and the trainer's own (this device); on a device paired with a team server,
  // the team's scenarios join them.
  const { catalogue: scenarios, loadScenario } = useTeamCatalogue(useCatalogue(), loadAnyScenario);
  // The trainer's own scenarios are read again whenever the menu shows (the scenario page may have changed them).
  const menuShows = page === 'app' && screen === 'menu';
  useEffect(() => {
    if (menuShows) void refreshOwnScenarios();
  }, [menuShows]);
  return (
    <div className="app" data-screen={screen} data-route={page}>
      {/* The trainer's review replays a stored session in the same scene, in place of the live conversation. */}
      <LazyScene
        stage={
          page === 'review' ? (
            <Suspense fallback={null}>
              <LazyReviewStage />
            </Suspense>
          ) : undefined
        }
      />
      <LoadingScreen />
      {page === 'app' && screen === 'menu' && <StartMenu catalogue={scenarios} loadScenario={loadScenario} />}
      <Suspense fallback={null}>
        {page === 'app' && screen === 'conversation' && <LazyConversationView />}
        {page === 'app' && screen === 'conversation' && <LazyConversationRuntime />}
        {page === 'app' && screen === 'debrief' && <LazyDebrief />}
        {printing && <LazyPrintRoute />}
        {page === 'data' && <DataPage loadScenario={loadScenario} />}
        {page === 'history' && <HistoryPage />}
        {page === 'scenarios' && <ScenariosPage bundled={bundledCatalogue} bundledProfile={BUNDLED_PROFILE} />}
        {page === 'team' && <TeamPage loadScenario={loadScenario} />}
      </Suspense>
      {page === 'review' && (
        <Suspense fallback={null}>
          <LazyReviewPage loadScenario={loadScenario} />
        </Suspense>
      )}
      {voice && (
        <Suspense fallback={null}>
          <VoicePanel locale={locale} />
        </Suspense>
      )}
      <RecordsNotice />
      <EmulatorExit />
    </div>
  );
}
