import { useState } from 'react';
import { SESSION_TEXT } from '../i18n/session-texts';
import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { sessionStore } from '../state/session';

/**
 * The pause screen over the conversation: "Paused", Resume, and End conversation — which asks
 * first, because ending keeps the session only as abandoned. The dimmed backdrop lets clicks
 * through to the scene; only the card takes them.
 */
export function PauseOverlay({ canEnd = true }: { canEnd?: boolean }) {
  const uiText = useText(UI);
  const sessionText = useText(SESSION_TEXT);
  const [asking, setAsking] = useState(false);
  const store = sessionStore.getState();
  return (
    <div className="paused-banner">
      <section className="pause-card" role="dialog" aria-label={uiText('paused')} data-pause-card>
        <p className="pause-title" role="status">
          {uiText('paused')}
        </p>
        {asking ? (
          <>
            <p className="pause-question">{sessionText('endQuestion')}</p>
            <div className="pause-actions">
              <button type="button" className="danger strong" data-end-confirm onClick={() => store.abandon()}>
                {sessionText('endYes')}
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                {sessionText('endNo')}
              </button>
            </div>
          </>
        ) : (
          <div className="pause-actions">
            <button type="button" className="primary" onClick={() => store.togglePause()}>
              {uiText('resume')} <kbd>Esc</kbd>
            </button>
            {/* During the closing lines the ending is reached already: nothing to end early. */}
            {canEnd && (
              <button type="button" className="danger" data-end-conversation onClick={() => setAsking(true)}>
                {sessionText('endConversation')}
              </button>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
