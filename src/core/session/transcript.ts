import { startSession } from '../dialogue/engine';
import { presentChoices } from '../dialogue/present';
import type { Output, PresentedLine } from '../dialogue/types';
import type { Scenario } from '../scenario/schema';
import type { Outcome } from '../scenario/vocabulary';
import { type SessionLog, startOptionsOf, trace } from './log';

/**
 * One thing that happened in a conversation, on the session clock (ms), in the order it happened:
 * what the engine said and did, and what the trainee did. Texts are in the log's locale.
 */
export type TranscriptEvent =
  /** The customer begins a beat with these lines (node: where they come from). */
  | { kind: 'say'; at: number; node: string; lines: readonly PresentedLine[] }
  /** The choices are up: the customer falls silent. */
  | { kind: 'choices'; at: number }
  | { kind: 'ended'; at: number; outcome: Outcome; summary: string }
  /** The trainee answered; `number` is the answer's place in the list (0 if it is gone). */
  | { kind: 'choose'; at: number; text: string; number: number }
  | { kind: 'interrupt'; at: number }
  /** The decision's deadline passed (an explicit timeout, or the tick that ran into it). */
  | { kind: 'timeout'; at: number }
  | { kind: 'pause'; at: number }
  | { kind: 'resume'; at: number };

/**
 * Re-enacts a log with the engine (`trace`) and lists what happened — the one walk behind the
 * printed transcript and the trainer's replay. For each intent the trainee's event comes first,
 * then what the engine answered. Throws the engine's ReplayError when the log does not fit the
 * scenario (another or a changed scenario).
 */
export function transcriptEvents(scenario: Scenario, log: SessionLog): TranscriptEvent[] {
  const events: TranscriptEvent[] = [];
  const take = (at: number, outputs: readonly Output[]) => {
    for (const output of outputs) {
      if (output.type === 'say') events.push({ kind: 'say', at, node: output.node, lines: output.lines });
      else if (output.type === 'choices') events.push({ kind: 'choices', at });
      else if (output.type === 'ended')
        events.push({ kind: 'ended', at, outcome: output.outcome, summary: output.summary });
    }
  };
  take(0, startSession(scenario, startOptionsOf(log)).outputs);
  const steps = trace(scenario, log);
  for (let r = steps.next(); !r.done; r = steps.next()) {
    const { intent, before, outputs } = r.value;
    const at = intent.at;
    if (intent.type === 'choose') {
      const chosen = presentChoices(scenario, before).find((c) => c.id === intent.response);
      events.push({ kind: 'choose', at, text: chosen?.text ?? intent.response, number: chosen?.number ?? 0 });
    } else if (intent.type === 'interrupt' || intent.type === 'pause' || intent.type === 'resume')
      events.push({ kind: intent.type, at });
    // The engine accepts a tick only when it runs into the deadline (it answers like a timeout).
    else if (intent.type === 'timeout' || intent.type === 'tick') events.push({ kind: 'timeout', at });
    take(at, outputs);
  }
  return events;
}
