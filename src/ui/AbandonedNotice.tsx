import { SESSION_TEXT } from '../i18n/session-texts';
import { useText } from '../i18n/use-text';

/** In the debrief of a conversation the trainee ended early: no outcome to rate, and why. */
export function AbandonedNotice() {
  const sessionText = useText(SESSION_TEXT);
  return (
    <>
      <p className="outcome" data-outcome="abandoned">
        {sessionText('abandonedTitle')}
      </p>
      <p className="debrief-abandoned">{sessionText('abandonedSummary')}</p>
    </>
  );
}
