import './debrief-lines.css';
import type { Difficulty } from '../../core/scenario/vocabulary';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { DIFFICULTY_LABELS } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';

/** „Schwierigkeit: Schwer“ — the level a session ran at, in the debrief, the history and the review. */
export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const text = useText(DEBRIEF_TEXTS);
  const levelText = useText(DIFFICULTY_LABELS);
  return (
    <span className="difficulty-badge" data-difficulty={difficulty} title={text(`difficultyHint_${difficulty}`)}>
      {text('difficulty')}: {levelText(difficulty)}
    </span>
  );
}
