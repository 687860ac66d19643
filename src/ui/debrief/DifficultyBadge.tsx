import './debrief-lines.css';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { useText } from '../../i18n/use-text';
import { DIFFICULTY_LABELS } from '../../core/dialogue/difficulty';
import type { Difficulty, Locale } from '../../core/scenario/vocabulary';

/** „Schwierigkeit: Schwer“ — the level a session ran at, in the debrief and the review. */
export function DifficultyBadge({ difficulty, locale }: { difficulty: Difficulty; locale: Locale }) {
  const text = useText(DEBRIEF_TEXTS);
  return (
    <span className="difficulty-badge" data-difficulty={difficulty} title={text(`difficultyHint_${difficulty}`)}>
      {text('difficulty')}: {DIFFICULTY_LABELS[difficulty][locale]}
    </span>
  );
}
