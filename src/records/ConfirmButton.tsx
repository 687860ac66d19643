import { type ReactNode, useState } from 'react';
import type { Locale } from '../core/scenario/vocabulary';

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

const YES = { de: 'Ja, löschen', en: 'Yes, delete' } as const;
const NO = { de: 'Abbrechen', en: 'Cancel' } as const;

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
        {YES[locale]}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {NO[locale]}
      </button>
    </span>
  );
}
