import './debrief/debrief-lines.css';
import { DIFFICULTIES } from '../core/scenario/vocabulary';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { DIFFICULTY_LABELS } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { sessionStore, useSession } from '../state/session';

/**
 * Leicht / Mittel / Schwer for whichever scenario starts next. Kept in the settings like language
 * and mode (a retry keeps the level of the run it repeats); a deep link's `difficulty=` sets it too.
 */
export function DifficultyPicker() {
  const text = useText(DEBRIEF_TEXTS);
  const levelText = useText(DIFFICULTY_LABELS);
  const chosen = useSession((s) => s.settings.difficulty ?? 'medium');
  const set = sessionStore.getState().setSettings;
  return (
    <fieldset className="difficulty-picker">
      <legend>{text('difficulty')}</legend>
      {DIFFICULTIES.map((level) => (
        <label key={level} title={text(`difficultyHint_${level}`)}>
          <input
            type="radio"
            name="difficulty"
            value={level}
            checked={chosen === level}
            onChange={() => set({ difficulty: level })}
          />{' '}
          {levelText(level)}
        </label>
      ))}
      <small>{text(`difficultyHint_${chosen}`)}</small>
    </fieldset>
  );
}
