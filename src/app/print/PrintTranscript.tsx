import type { Locale } from '../../core/scenario/vocabulary';
import { pt } from '../../i18n/protocol-texts';
import type { PrintRow } from './print-transcript';

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
        const who = row.who === 'customer' ? pt('customer', locale) : row.who === 'ending' ? '' : pt('trainee', locale);
        const previous = rows[i - 1];
        const sameSpeaker = previous !== undefined && previous.who === row.who && row.who === 'customer';
        const text = row.who === 'interrupt' ? pt('interrupted', locale) : row.who === 'timeout' ? pt('timedOut', locale) : row.text;
        return (
          <li key={i} data-who={row.who}>
            <span className="print-who">{sameSpeaker ? '' : who}</span>
            <span className="print-said">{text}</span>
          </li>
        );
      })}
    </ol>
  );
}
