import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { useSession } from '../state/session';

export interface DeadlineBarProps {
  /** Session time (ms) when the decision times out. */
  deadline: number;
}

/** A bar that empties until the decision's deadline; a CSS animation, so no per-frame React work. */
export function DeadlineBar({ deadline }: DeadlineBarProps) {
  const uiText = useText(UI);
  const shownAt = useSession((s) => s.run?.state.choicesShownAt ?? 0);
  const total = Math.max(1, deadline - shownAt);
  return (
    <div className="deadline" role="timer" aria-label={uiText('timeLeft')}>
      <div className="deadline-fill" key={deadline} style={{ animationDuration: `${total}ms` }} />
    </div>
  );
}
