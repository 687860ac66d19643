import { SESSION_TEXT } from '../i18n/session-texts';
import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { isGeneratedPseudonym, isPseudonym } from '../recording/pseudonym';

export interface PseudonymFieldProps {
  value: string;
  onChange(value: string): void;
}

/**
 * The menu's pseudonym, prefilled with the one remembered on this device. Says plainly what
 * will happen: that it is remembered, that a generated one will be used when the field is empty
 * or not a handle, and that a shown `anonym-…` was generated rather than typed.
 */
export function PseudonymField({ value, onChange }: PseudonymFieldProps) {
  const uiText = useText(UI);
  const sessionText = useText(SESSION_TEXT);
  const trimmed = value.trim();
  const note = !trimmed
    ? sessionText('pseudonymWillGenerate')
    : !isPseudonym(trimmed)
      ? sessionText('pseudonymInvalid')
      : isGeneratedPseudonym(trimmed)
        ? `${sessionText('pseudonymGenerated')} ${sessionText('pseudonymRemembered')}`
        : sessionText('pseudonymRemembered');
  const state = !trimmed
    ? 'empty'
    : !isPseudonym(trimmed)
      ? 'invalid'
      : isGeneratedPseudonym(trimmed)
        ? 'generated'
        : 'valid';
  return (
    <label className="pseudonym">
      {uiText('pseudonym')}
      <input
        type="text"
        maxLength={40}
        value={value}
        placeholder={sessionText('pseudonymPlaceholder')}
        aria-describedby="pseudonym-note"
        onChange={(e) => onChange(e.target.value)}
      />
      <small>{uiText('pseudonymHint')}</small>
      <small id="pseudonym-note" className="pseudonym-note" data-pseudonym-state={state} aria-live="polite">
        {note}
      </small>
    </label>
  );
}
