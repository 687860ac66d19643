import { startSession } from '../../core/dialogue/engine';
import { presentChoices } from '../../core/dialogue/present';
import type { Output } from '../../core/dialogue/types';
import type { Scenario } from '../../core/scenario/schema';
import { type SessionLog, startOptionsOf, trace } from '../../core/session/log';

/** One row of the printed transcript, in the session's language; shown as text. */
export type PrintRow =
  | { who: 'customer'; text: string }
  | { who: 'trainee'; text: string }
  | { who: 'interrupt' }
  | { who: 'timeout' }
  | { who: 'ending'; text: string };

/**
 * What was said, in order, re-enacted from the log by the engine (the same re-run the review
 * uses). A beat said again after a pause prints once. Throws the engine's ReplayError when the
 * scenario changed since the recording.
 */
export function printTranscript(scenario: Scenario, log: SessionLog): PrintRow[] {
  const rows: PrintRow[] = [];
  let lastSaid = '';
  const take = (outputs: readonly Output[]) => {
    for (const output of outputs) {
      if (output.type === 'say') {
        const key = `${output.node}|${output.lines.map((l) => l.text).join('|')}`;
        if (key === lastSaid) continue;
        lastSaid = key;
        for (const line of output.lines) rows.push({ who: 'customer', text: line.text });
      } else if (output.type === 'ended') rows.push({ who: 'ending', text: output.summary });
    }
  };
  take(startSession(scenario, startOptionsOf(log)).outputs);
  const steps = trace(scenario, log);
  for (let r = steps.next(); !r.done; r = steps.next()) {
    const { intent, before, outputs } = r.value;
    if (intent.type === 'choose') {
      const chosen = presentChoices(scenario, before).find((c) => c.id === intent.response);
      rows.push({ who: 'trainee', text: chosen?.text ?? intent.response });
      lastSaid = '';
    } else if (intent.type === 'interrupt') rows.push({ who: 'interrupt' });
    // A tick only matters when it ran into the deadline; then the engine answers with outputs.
    else if (intent.type === 'timeout' || (intent.type === 'tick' && outputs.length > 0)) rows.push({ who: 'timeout' });
    take(outputs);
  }
  return rows;
}
