import { Text } from '@react-three/uikit';
import { timeLimitHint } from '../../core/dialogue/time-limit';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { useText } from '../../i18n/use-text';
import { useSession } from '../../state/session';
import { COLORS, TEXT } from './theme';

/** The answer panel's line at the run's first timed decision: „Hier haben Sie 20 Sekunden – der Kunde wartet.“ */
export function TimeLimitLine() {
  const text = useText(DEBRIEF_TEXTS);
  const seconds = useSession((s) => (s.run ? timeLimitHint(s.firstTimed, s.run.state) : null));
  if (seconds === null) return null;
  return (
    <Text fontSize={TEXT.label} color={COLORS.accent} wordBreak="break-word">
      {text('timeHint', { s: seconds })}
    </Text>
  );
}
