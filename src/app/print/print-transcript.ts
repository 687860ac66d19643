import type { Scenario } from '../../core/scenario/schema';
import type { SessionLog } from '../../core/session/log';
import { transcriptEvents } from '../../core/session/transcript';

/** One row of the printed transcript, in the session's language; shown as text. */
export type PrintRow =
  | { who: 'customer'; text: string }
  | { who: 'trainee'; text: string }
  | { who: 'interrupt' }
  | { who: 'timeout' }
  | { who: 'ending'; text: string };

/**
 * What was said, in order, re-enacted from the log by the engine (`transcriptEvents`, the same
 * walk the review uses). A beat said again after a pause prints once. Throws the engine's ReplayError when the
 * scenario changed since the recording.
 */
export function printTranscript(scenario: Scenario, log: SessionLog): PrintRow[] {
  const rows: PrintRow[] = [];
  let lastSaid = '';
  for (const event of transcriptEvents(scenario, log)) {
    if (event.kind === 'say') {
      const key = `${event.node}|${event.lines.map((l) => l.text).join('|')}`;
      if (key === lastSaid) continue;
      lastSaid = key;
      for (const line of event.lines) rows.push({ who: 'customer', text: line.text });
    } else if (event.kind === 'ended') rows.push({ who: 'ending', text: event.summary });
    else if (event.kind === 'choose') {
      rows.push({ who: 'trainee', text: event.text });
      lastSaid = '';
    } else if (event.kind === 'interrupt' || event.kind === 'timeout') rows.push({ who: event.kind });
  }
  return rows;
}
