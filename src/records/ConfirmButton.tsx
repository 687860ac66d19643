import { type ReactNode, useState } from 'react';
import { useText } from '../i18n/use-text';
import { RECORDS_TEXT } from '../recording/records-texts';

export interface ConfirmButtonProps {
  /** The button's label. */
  children: ReactNode;
  /** The question asked before anything happens. */
  question: string;
  onConfirm(): void;
  disabled?: boolean;
  className?: string;
}

/**
 * A destructive button that asks first, inline: a second, explicit "Yes, delete" and a cancel.
 * Not window.confirm, which a headset browser may show outside the view, and which cannot be styled.
 */
export function ConfirmButton({ children, question, onConfirm, disabled, className }: ConfirmButtonProps) {
  const recordsText = useText(RECORDS_TEXT);
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
        {recordsText('confirmYes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {recordsText('confirmNo')}
      </button>
    </span>
  );
}
