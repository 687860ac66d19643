import { Text } from '@react-three/uikit';
import { dt } from '../../app/debrief-texts';
import { timeLimitHint } from '../../core/dialogue/time-limit';
import { useSession } from '../../state/session';
import { COLORS, TEXT } from './theme';

/** The answer panel's line at the run's first timed decision: „Hier haben Sie 20 Sekunden – der Kunde wartet.“ */
export function TimeLimitLine() {
  const seconds = useSession((s) => (s.run ? timeLimitHint(s.firstTimed, s.run.state) : null));
  const locale = useSession((s) => s.settings.locale);
  if (seconds === null) return null;
  return (
    <Text fontSize={TEXT.label} color={COLORS.accent} wordBreak="break-word">
      {dt('timeHint', locale, { s: seconds })}
    </Text>
  );
}
