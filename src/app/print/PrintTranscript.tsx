import type { Locale } from '../../core/scenario/vocabulary';
import { text } from '../../i18n/define-texts';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import type { PrintRow } from './print-transcript';

export interface PrintTranscriptProps {
  rows: readonly PrintRow[];
  /** The session's language (the sheet's). */
  locale: Locale;
}

/**
 * The conversation as a two-column list: who spoke, what was said (text, never HTML). The
 * speaker is named when it changes, as in a play script, so the eye finds the turns.
 */
export function PrintTranscript({ rows, locale }: PrintTranscriptProps) {
  const protocolText = (key: keyof typeof PROTOCOL_UI) => text(PROTOCOL_UI, key, locale);
  return (
    <ol className="print-transcript">
      {rows.map((row, i) => {
        const who =
          row.who === 'customer' ? protocolText('customer') : row.who === 'ending' ? '' : protocolText('trainee');
        const previous = rows[i - 1];
        const sameSpeaker = previous !== undefined && previous.who === row.who && row.who === 'customer';
        const said =
          row.who === 'interrupt'
            ? protocolText('interrupted')
            : row.who === 'timeout'
              ? protocolText('timedOut')
              : row.text;
        return (
          <li key={i} data-who={row.who}>
            <span className="print-who">{sameSpeaker ? '' : who}</span>
            <span className="print-said">{said}</span>
          </li>
        );
      })}
    </ol>
  );
}
