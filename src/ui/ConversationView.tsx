import { useStore } from 'zustand';
import { present } from '../core/dialogue/present';
import { scenarioText } from '../core/dialogue/text';
import { SESSION_TEXT } from '../i18n/session-texts';
import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { sessionStore, useSession } from '../state/session';
import { setTextView, useTextView } from '../state/text-view-store';
import { voiceStore } from '../voice/voice-store';
import { EnterVrButton } from '../xr/session/EnterVrButton';
import { ChoiceList } from './ChoiceList';
import { CueToast } from './CueToast';
import { DeadlineBar } from './DeadlineBar';
import { PauseOverlay } from './PauseOverlay';
import { TimeLimitHint } from './TimeLimitHint';

/**
 * The running conversation as accessible DOM over the 3D scene: the customer's current line and
 * the responses as real buttons. Screen readers and automated tests use it; sighted trainees use
 * the 3D panels, or switch the text view on: then it is a column on the right, the customer
 * stays in view on the left, and the 3D subtitle and answers step aside (each answer once). With
 * the text view off it stays in the page for assistive technology and appears when it receives
 * keyboard focus. It only renders: keys, speech and the deadline run in ConversationRuntime.
 */
export function ConversationView() {
  const uiText = useText(UI);
  const sessionText = useText(SESSION_TEXT);
  const textView = useTextView();
  const scenario = useSession((s) => s.scenario);
  const state = useSession((s) => s.run?.state);
  const locale = useSession((s) => s.settings.locale);
  const mode = useSession((s) => s.settings.mode);
  // Voice mode: once an answer is picked it is being said; the choices step back until the customer reacts.
  const saying = useStore(voiceStore, (s) => s.phase === 'answering');
  if (!scenario || !state) return null;
  const view = present(scenario, state);
  const store = sessionStore.getState();
  const title = scenarioText(scenario, scenario.title, locale);
  return (
    <main className="conversation" aria-label={title} data-text-view={textView ? 'on' : 'off'}>
      <header className="conversation-header">
        <h1>{title}</h1>
        <span className="mode-badge" data-mode={mode} data-mode-badge>
          {sessionText(mode === 'practice' ? 'modeBadgePractice' : 'modeBadgeAssessment')}
        </span>
        <p className="keys-hint">{uiText('keysHint')}</p>
        <div>
          <button type="button" className="quiet" aria-pressed={textView} onClick={() => setTextView(!textView)}>
            {uiText('textView')}
          </button>{' '}
          <button type="button" onClick={() => sessionStore.getState().togglePause()} aria-pressed={view.paused}>
            {view.paused ? uiText('resume') : uiText('pause')} <kbd>Esc</kbd>
          </button>{' '}
          <EnterVrButton />
        </div>
      </header>
      <div className="text-view">
        <section className="customer" aria-live="polite" aria-label={uiText('customerSays')}>
          <p className="customer-name">{scenarioText(scenario, scenario.customer.name, locale)}</p>
          {view.lines.map((line, i) => (
            // Lines are stable for a beat; the index is their identity.
            <p key={i} className="customer-line" data-emotion={line.emotion} data-customer-line>
              {line.text}
            </p>
          ))}
          {(view.phase === 'speaking' || view.phase === 'ended') && !view.paused && (
            <button type="button" className="quiet" onClick={() => store.skip()}>
              {uiText('skip')} <kbd>Enter</kbd>
            </button>
          )}
          {view.interruptible && !view.paused && (
            <button type="button" className="interrupt" onClick={() => store.dispatch({ type: 'interrupt' })}>
              {uiText('interrupt')} <kbd>{uiText('interruptKey')}</kbd>
            </button>
          )}
        </section>
        {view.phase === 'choosing' && !saying && (
          <section className="answers" aria-label={uiText('yourAnswer')}>
            <TimeLimitHint />
            {view.deadline !== null && !view.paused && <DeadlineBar deadline={view.deadline} />}
            <ChoiceList choices={view.choices} disabled={view.paused} />
          </section>
        )}
      </div>
      <CueToast />
      {view.paused && <PauseOverlay canEnd={view.phase !== 'ended'} />}
    </main>
  );
}
