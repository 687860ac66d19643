import './debrief/debrief-lines.css';
import { dt } from '../app/debrief-texts';
import { timeLimitHint } from '../core/dialogue/time-limit';
import { useSession } from '../state/session';

/**
 * „Hier haben Sie 20 Sekunden – der Kunde wartet.“ — one line at the run's first timed decision,
 * so the limit is explained before it first applies (the 3D answer panel shows the same line).
 */
export function TimeLimitHint() {
  const seconds = useSession((s) => (s.run ? timeLimitHint(s.firstTimed, s.run.state) : null));
  const locale = useSession((s) => s.settings.locale);
  if (seconds === null) return null;
  return (
    <p className="time-hint" data-time-hint={seconds}>
      {dt('timeHint', locale, { s: seconds })}
    </p>
  );
}
