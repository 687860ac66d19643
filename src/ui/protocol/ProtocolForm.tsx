import { type FormEvent, useId, useRef, useState } from 'react';
import { MOOD_LABELS } from '../../core/protocol/messages';
import { isIsoDate, PROTOCOL_LIMITS, PROTOCOL_MOODS, type ProtocolMood } from '../../core/protocol/schema';
import type { Scenario } from '../../core/scenario/schema';
import type { Locale } from '../../core/scenario/vocabulary';
import type { SessionLog } from '../../core/session/log';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { useRunProtocol } from '../../state/protocol-store';
import { DateField } from './DateField';
import { submitProtocol } from './submit-protocol';
import './protocol.css';
import { useText } from '../../i18n/use-text';

export interface ProtocolFormProps {
  scenario: Scenario;
  log: SessionLog;
  /** The run's id (the session store's `runId`): the protocol belongs to this run only. */
  runId: string;
  locale: Locale;
}

/**
 * The conversation protocol the trainee writes in the debrief: concern, solution or agreement,
 * an optional follow-up date and the customer's mood at the end. Native labelled controls, so
 * keyboard and screen readers need nothing extra; problems are tied to their field with
 * aria-describedby and focus moves to the first one.
 */
export function ProtocolForm({ scenario, log, runId, locale }: ProtocolFormProps) {
  const protocolText = useText(PROTOCOL_UI);
  const id = useId();
  const done = useRunProtocol(runId);
  const [concern, setConcern] = useState(done.protocol?.concern ?? '');
  const [agreement, setAgreement] = useState(done.protocol?.agreement ?? '');
  const [followUp, setFollowUp] = useState(done.protocol?.followUp ?? '');
  const [mood, setMood] = useState<ProtocolMood | null>(done.protocol?.mood ?? null);
  const [problem, setProblem] = useState<'mood' | 'date' | null>(null);
  const firstMood = useRef<HTMLInputElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not a disabled button: a focused button that gets disabled drops keyboard focus to the page.
    if (done.save === 'saving') return;
    if (followUp !== '' && !isIsoDate(followUp)) {
      setProblem('date');
      dateInput.current?.focus();
      return;
    }
    if (mood === null) {
      setProblem('mood');
      firstMood.current?.focus();
      return;
    }
    setProblem(null);
    void submitProtocol(
      scenario,
      log,
      { concern: concern.trim(), agreement: agreement.trim(), followUp: followUp === '' ? null : followUp, mood },
      new Date(),
      runId,
    );
  };

  return (
    <form className="protocol-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{protocolText('section')}</h2>
      <p className="protocol-intro">{protocolText('intro')}</p>
      <label className="protocol-field">
        <span>{protocolText('concern')}</span>
        <small id={`${id}-concern-hint`}>{protocolText('concernHint')}</small>
        <textarea
          name="concern"
          rows={3}
          maxLength={PROTOCOL_LIMITS.maxTextChars}
          value={concern}
          aria-describedby={`${id}-concern-hint`}
          onChange={(e) => setConcern(e.target.value)}
        />
      </label>
      <label className="protocol-field">
        <span>{protocolText('agreement')}</span>
        <small id={`${id}-agreement-hint`}>{protocolText('agreementHint')}</small>
        <textarea
          name="agreement"
          rows={3}
          maxLength={PROTOCOL_LIMITS.maxTextChars}
          value={agreement}
          aria-describedby={`${id}-agreement-hint`}
          onChange={(e) => setAgreement(e.target.value)}
        />
      </label>
      <label className="protocol-field protocol-date" htmlFor={`${id}-follow-up`}>
        <span>{protocolText('followUp')}</span>
        <DateField
          id={`${id}-follow-up`}
          ref={dateInput}
          name="followUp"
          locale={locale}
          value={followUp}
          invalid={problem === 'date'}
          describedBy={problem === 'date' ? `${id}-problem` : undefined}
          onChange={setFollowUp}
        />
      </label>
      <fieldset className="protocol-mood" aria-describedby={problem === 'mood' ? `${id}-problem` : undefined}>
        <legend>{protocolText('mood')}</legend>
        {PROTOCOL_MOODS.map((m, i) => (
          <label key={m}>
            <input
              ref={i === 0 ? firstMood : undefined}
              type="radio"
              name="mood"
              value={m}
              checked={mood === m}
              onChange={() => setMood(m)}
            />
            {MOOD_LABELS[m][locale]}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p id={`${id}-problem`} className="protocol-problem" role="alert">
          {protocolText(problem === 'mood' ? 'moodMissing' : 'dateInvalid')}
        </p>
      )}
      <button type="submit" className="primary" aria-disabled={done.save === 'saving'}>
        {protocolText(done.check ? 'resubmit' : 'submit')}
      </button>
    </form>
  );
}
