import './debrief-lines.css';
import { dt } from '../../app/debrief-texts';
import { DIFFICULTY_LABELS } from '../../core/dialogue/difficulty';
import type { Difficulty, Locale } from '../../core/scenario/vocabulary';

/** „Schwierigkeit: Schwer“ — the level a session ran at, in the debrief and the review. */
export function DifficultyBadge({ difficulty, locale }: { difficulty: Difficulty; locale: Locale }) {
  return (
    <span className="difficulty-badge" data-difficulty={difficulty} title={dt(`difficultyHint_${difficulty}`, locale)}>
      {dt('difficulty', locale)}: {DIFFICULTY_LABELS[difficulty][locale]}
    </span>
  );
}
