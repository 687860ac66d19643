import './debrief/debrief-lines.css';
import { dt } from '../app/debrief-texts';
import { DIFFICULTY_LABELS } from '../core/dialogue/difficulty';
import { DIFFICULTIES, type Locale } from '../core/scenario/vocabulary';
import { sessionStore, useSession } from '../state/session';

/**
 * Leicht / Mittel / Schwer for whichever scenario starts next. Kept in the settings like language
 * and mode (a retry keeps the level of the run it repeats); a deep link's `difficulty=` sets it too.
 */
export function DifficultyPicker({ locale }: { locale: Locale }) {
  const chosen = useSession((s) => s.settings.difficulty ?? 'medium');
  const set = sessionStore.getState().setSettings;
  return (
    <fieldset className="difficulty-picker">
      <legend>{dt('difficulty', locale)}</legend>
      {DIFFICULTIES.map((level) => (
        <label key={level} title={dt(`difficultyHint_${level}`, locale)}>
          <input type="radio" name="difficulty" value={level} checked={chosen === level} onChange={() => set({ difficulty: level })} />{' '}
          {DIFFICULTY_LABELS[level][locale]}
        </label>
      ))}
      <small>{dt(`difficultyHint_${chosen}`, locale)}</small>
    </fieldset>
  );
}
