import { useEffect } from 'react';
import { TrainingScene } from '../scene/TrainingScene';
import { useSession } from '../state/session';
import { ConversationView } from '../ui/ConversationView';
import { Debrief } from '../ui/Debrief';
import { LoadingScreen } from '../ui/LoadingScreen';
import { StartMenu } from '../ui/StartMenu';

/**
 * The 3D scene fills the window for the app's whole life; the menu, the accessible conversation
 * mirror and the debrief are DOM layers above it.
 */
export function App() {
  const screen = useSession((s) => s.screen);
  const locale = useSession((s) => s.settings.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div className="app" data-screen={screen}>
      <TrainingScene />
      <LoadingScreen />
      {screen === 'menu' && <StartMenu />}
      {screen === 'conversation' && <ConversationView />}
      {screen === 'debrief' && <Debrief />}
    </div>
  );
}
