import { useEffect } from 'react';
import { useSession } from '../state/session';
import { ConversationView } from '../ui/ConversationView';
import { Debrief } from '../ui/Debrief';
import { StartMenu } from '../ui/StartMenu';

/** Routes between the start menu, the running conversation and the debrief. */
export function App() {
  const screen = useSession((s) => s.screen);
  const locale = useSession((s) => s.settings.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (screen === 'conversation') return <ConversationView />;
  if (screen === 'debrief') return <Debrief />;
  return <StartMenu />;
}
