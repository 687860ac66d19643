import './debrief/debrief-lines.css';
import { timeLimitHint } from '../core/dialogue/time-limit';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { useText } from '../i18n/use-text';
import { useSession } from '../state/session';

/**
 * „Hier haben Sie 20 Sekunden – der Kunde wartet.“ — one line at the run's first timed decision,
 * so the limit is explained before it first applies (the 3D answer panel shows the same line).
 */
export function TimeLimitHint() {
  const text = useText(DEBRIEF_TEXTS);
  const seconds = useSession((s) => (s.run ? timeLimitHint(s.firstTimed, s.run.state) : null));
  if (seconds === null) return null;
  return (
    <p className="time-hint" data-time-hint={seconds}>
      {text('timeHint', { s: seconds })}
    </p>
  );
}
