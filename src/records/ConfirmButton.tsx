import { type ReactNode, useState } from 'react';
import type { Locale } from '../core/scenario/vocabulary';
import { text } from '../i18n/define-texts';
import { RECORDS_TEXT } from '../recording/records-texts';

export interface ConfirmButtonProps {
  /** The button's label. */
  children: ReactNode;
  /** The question asked before anything happens. */
  question: string;
  locale: Locale;
  onConfirm(): void;
  disabled?: boolean;
  className?: string;
}

/**
 * A destructive button that asks first, inline: a second, explicit "Yes, delete" and a cancel.
 * Not window.confirm, which a headset browser may show outside the view, and which cannot be styled.
 */
export function ConfirmButton({ children, question, locale, onConfirm, disabled, className }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className ?? 'danger'} disabled={disabled} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <span className="confirm">
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="danger strong"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {text(RECORDS_TEXT, 'confirmYes', locale)}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {text(RECORDS_TEXT, 'confirmNo', locale)}
      </button>
    </span>
  );
}
