import type { PresentedChoice } from '../core/dialogue/types';
import { sessionStore } from '../state/session';

export interface ChoiceListProps {
  choices: PresentedChoice[];
  disabled: boolean;
}

/** The trainee's responses as real buttons; the accessible name is the response text. */
export function ChoiceList({ choices, disabled }: ChoiceListProps) {
  return (
    <ol className="choices">
      {choices.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            aria-label={c.text}
            aria-keyshortcuts={String(c.number)}
            data-response={c.id}
            disabled={disabled}
            onClick={() => sessionStore.getState().dispatch({ type: 'choose', response: c.id })}
          >
            <kbd>{c.number}</kbd>
            <span>{c.text}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
