import { hrefOf } from '../../nav/route';
import type { ProtocolCheck } from '../../core/protocol/check';
import type { Locale } from '../../core/scenario/vocabulary';
import type { ProtocolSaveState } from '../../state/protocol-store';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { text } from '../../i18n/define-texts';

export interface SaveStatusProps {
  save: ProtocolSaveState | null;
  check: ProtocolCheck | null;
  sessionId: string | null;
  locale: Locale;
}

const MESSAGE = { saving: 'saving', saved: 'saved', kept: 'kept', 'not-saved': 'notSaved' } as const;

/**
 * A polite live region: the score in words (a screen reader hears the result without hunting for
 * the bar), where the protocol went, and once stored the link to the print page.
 */
export function SaveStatus({ save, check, sessionId, locale }: SaveStatusProps) {
  return (
    <p className="protocol-status" role="status" data-save={save ?? ''}>
      {check && (
        <span className="visually-hidden">{`${text(PROTOCOL_UI, 'documentation', locale)}: ${check.score}, ${check.verdict[locale]}. `}</span>
      )}
      {save && text(PROTOCOL_UI, MESSAGE[save], locale)}
      {save === 'saved' && sessionId && (
        <>
          {' '}
          <a className="protocol-print" href={hrefOf({ page: 'print', session: sessionId })}>
            {text(PROTOCOL_UI, 'print', locale)}
          </a>
        </>
      )}
    </p>
  );
}
