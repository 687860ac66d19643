import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import type { PrintRow } from './print-transcript';
import { useText } from '../../i18n/use-text';

export interface PrintTranscriptProps {
  rows: readonly PrintRow[];
}

/**
 * The conversation as a two-column list: who spoke, what was said (text, never HTML). The
 * speaker is named when it changes, as in a play script, so the eye finds the turns.
 */
export function PrintTranscript({ rows }: PrintTranscriptProps) {
  const protocolText = useText(PROTOCOL_UI);
  return (
    <ol className="print-transcript">
      {rows.map((row, i) => {
        const who = row.who === 'customer' ? protocolText('customer') : row.who === 'ending' ? '' : protocolText('trainee');
        const previous = rows[i - 1];
        const sameSpeaker = previous !== undefined && previous.who === row.who && row.who === 'customer';
        const said = row.who === 'interrupt' ? protocolText('interrupted') : row.who === 'timeout' ? protocolText('timedOut') : row.text;
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
