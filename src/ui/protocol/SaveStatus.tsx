import type { ProtocolCheck } from '../../core/protocol/check';
import type { Locale } from '../../core/scenario/vocabulary';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { useText } from '../../i18n/use-text';
import { hrefOf } from '../../nav/route';
import type { ProtocolSaveState } from '../../state/protocol-store';

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
  const protocolText = useText(PROTOCOL_UI);
  return (
    <p className="protocol-status" role="status" data-save={save ?? ''}>
      {check && (
        <span className="visually-hidden">{`${protocolText('documentation')}: ${check.score}, ${check.verdict[locale]}. `}</span>
      )}
      {save && protocolText(MESSAGE[save])}
      {save === 'saved' && sessionId && (
        <>
          {' '}
          <a className="protocol-print" href={hrefOf({ page: 'print', session: sessionId })}>
            {protocolText('print')}
          </a>
        </>
      )}
    </p>
  );
}
