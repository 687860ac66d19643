import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LrsNotice } from '../lrs/LrsNotice';
import { applyVoiceLink } from '../voice/voice-mode';
import { App } from './App';
import { followSessionLocale } from './follow-locale';
import { startLifecycle } from './lifecycle/boot';
import { LifecycleLayer } from './lifecycle/LifecycleLayer';
import './styles.css';
import { sessionStore } from '../state/session';
import { deviceStorage, rememberSettings } from '../storage/settings-memory';

// The menu's choices of the last visit first; the deep link, applied at boot, still wins.
rememberSettings(sessionStore, deviceStorage());
followSessionLocale();

// `voice=1` switches voice mode on before the deep link starts a conversation.
applyVoiceLink(window.location.search);

// Resumes a saved conversation or follows the deep link (see boot.ts for the order).
void startLifecycle(window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
    <LifecycleLayer />
    <LrsNotice />
  </StrictMode>,
);
