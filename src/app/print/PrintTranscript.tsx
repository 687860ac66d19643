import type { Locale } from '../../core/scenario/vocabulary';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import type { PrintRow } from './print-transcript';
import { text } from '../../i18n/define-texts';

export interface PrintTranscriptProps {
  rows: readonly PrintRow[];
  locale: Locale;
}

/**
 * The conversation as a two-column list: who spoke, what was said (text, never HTML). The
 * speaker is named when it changes, as in a play script, so the eye finds the turns.
 */
export function PrintTranscript({ rows, locale }: PrintTranscriptProps) {
  return (
    <ol className="print-transcript">
      {rows.map((row, i) => {
        const who = row.who === 'customer' ? text(PROTOCOL_UI, 'customer', locale) : row.who === 'ending' ? '' : text(PROTOCOL_UI, 'trainee', locale);
        const previous = rows[i - 1];
        const sameSpeaker = previous !== undefined && previous.who === row.who && row.who === 'customer';
        const said =
          row.who === 'interrupt'
            ? text(PROTOCOL_UI, 'interrupted', locale)
            : row.who === 'timeout'
              ? text(PROTOCOL_UI, 'timedOut', locale)
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
