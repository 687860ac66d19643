import { scenarioText } from '../core/dialogue/text';
import { t } from '../app/i18n';
import { present } from '../core/dialogue/present';
import { useKeyboardIntents } from '../input/useKeyboardIntents';
import { togglePause } from '../input/keyboard-map';
import { useSpeechPacing } from '../speech/useSpeechPacing';
import { sessionStore, useSession } from '../state/session';
import { useDeadlineTicker } from '../state/useDeadlineTicker';
import { ChoiceList } from './ChoiceList';
import { CueToast } from './CueToast';
import { DeadlineBar } from './DeadlineBar';

/**
 * The running conversation as accessible DOM: the customer's current line, the responses as real
 * buttons, interrupt and pause. Screen readers and automated tests use it; the 3D scene mirrors it.
 */
export function ConversationView() {
  useKeyboardIntents();
  useSpeechPacing();
  useDeadlineTicker();
  const scenario = useSession((s) => s.scenario);
  const state = useSession((s) => s.run?.state);
  const locale = useSession((s) => s.settings.locale);
  if (!scenario || !state) return null;
  const view = present(scenario, state);
  const store = sessionStore.getState();
  return (
    <main className="conversation" aria-label={scenarioText(scenario, scenario.title, locale)}>
      <header className="conversation-header">
        <h1>{scenarioText(scenario, scenario.title, locale)}</h1>
        <button type="button" onClick={() => togglePause(sessionStore.getState())} aria-pressed={view.paused}>
          {view.paused ? t('resume', locale) : t('pause', locale)} <kbd>Esc</kbd>
        </button>
      </header>
      <section className="customer" aria-live="polite" aria-label={t('customerSays', locale)}>
        <p className="customer-name">{scenarioText(scenario, scenario.customer.name, locale)}</p>
        {view.lines.map((line, i) => (
          // Lines are stable for a beat; the index is their identity.
          <p key={i} className="customer-line" data-emotion={line.emotion} data-customer-line>
            {line.text}
          </p>
        ))}
        {(view.phase === 'speaking' || view.phase === 'ended') && !view.paused && (
          <button type="button" className="quiet" onClick={() => store.finishSpeaking()}>
            {t('skip', locale)} <kbd>Enter</kbd>
          </button>
        )}
        {view.interruptible && !view.paused && (
          <button type="button" className="interrupt" onClick={() => store.dispatch({ type: 'interrupt' })}>
            {t('interrupt', locale)} <kbd>{t('interruptKey', locale)}</kbd>
          </button>
        )}
      </section>
      {view.phase === 'choosing' && (
        <section className="answers" aria-label={t('yourAnswer', locale)}>
          {view.deadline !== null && !view.paused && <DeadlineBar deadline={view.deadline} />}
          <ChoiceList choices={view.choices} disabled={view.paused} />
        </section>
      )}
      <CueToast />
      {view.paused && (
        <div className="paused-banner" role="status">
          {t('paused', locale)}
        </div>
      )}
    </main>
  );
}
