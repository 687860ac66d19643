import { presentChoices } from '../core/dialogue/present';
import { startSession } from '../core/dialogue/engine';
import type { Output, PresentedLine } from '../core/dialogue/types';
import type { Scenario } from '../core/scenario/schema';
import type { Outcome } from '../core/scenario/vocabulary';
import { type SessionLog, startOptionsOf, trace } from '../core/session/log';
import { type SpokenLine, SpeechScheduler } from './speech-schedule';

/** One row of the review transcript; texts are in the recording's locale and shown as text. */
export type TranscriptEntry =
  | { kind: 'customer'; at: number; text: string; emotion: SpokenLine['emotion'] }
  | { kind: 'trainee'; at: number; text: string; choice: number }
  | { kind: 'interrupt'; at: number }
  | { kind: 'timeout'; at: number }
  | { kind: 'ending'; at: number; outcome: Outcome; text: string };

/** A decision the trainee took: when, which answer (1-based ordinal among decisions) and its text. */
export interface ChoiceMoment {
  at: number;
  ordinal: number;
  text: string;
}

/** Everything the player needs besides the engine state, computed once per opened session. */
export interface ReplayModel {
  lines: SpokenLine[];
  transcript: TranscriptEntry[];
  choices: ChoiceMoment[];
  /** Session ms the replay runs to: the recording's end, or later if the last lines run on. */
  durationMs: number;
}

/**
 * Walks the log once with the engine (`trace`) and derives what the customer said when, what the
 * trainee answered, and how it ended. Throws ReplayError when the log does not fit the scenario.
 */
export function buildReplayModel(scenario: Scenario, log: SessionLog, recordedMs: number): ReplayModel {
  const speech = new SpeechScheduler(log.locale, scenario.customer.voice.rate);
  const transcript: TranscriptEntry[] = [];
  const choices: ChoiceMoment[] = [];
  const endings: Extract<TranscriptEntry, { kind: 'ending' }>[] = [];
  const beats: { at: number; lines: readonly PresentedLine[] }[] = [];
  const onOutputs = (at: number, outputs: readonly Output[]) => {
    for (const output of outputs) {
      if (output.type === 'say') {
        speech.beat(at, output.lines);
        beats.push({ at, lines: output.lines });
      } else if (output.type === 'choices') speech.silence(at);
      else if (output.type === 'ended') endings.push({ kind: 'ending', at, outcome: output.outcome, text: output.summary });
    }
  };
  onOutputs(0, startSession(scenario, startOptionsOf(log)).outputs);
  const steps = trace(scenario, log);
  for (let r = steps.next(); !r.done; r = steps.next()) {
    const { intent, before, outputs } = r.value;
    if (intent.type === 'choose') {
      const chosen = presentChoices(scenario, before).find((c) => c.id === intent.response);
      const text = chosen?.text ?? intent.response;
      choices.push({ at: intent.at, ordinal: choices.length + 1, text });
      transcript.push({ kind: 'trainee', at: intent.at, text, choice: chosen?.number ?? 0 });
    } else if (intent.type === 'interrupt') transcript.push({ kind: 'interrupt', at: intent.at });
    else if (intent.type === 'timeout' || intent.type === 'tick') transcript.push({ kind: 'timeout', at: intent.at });
    else if (intent.type === 'pause') speech.pause(intent.at);
    else if (intent.type === 'resume') speech.resume(intent.at);
    onOutputs(intent.at, outputs);
  }
  const lines = speech.finish();
  transcript.push(...customerRows(beats, lines));
  const lastLineEnd = lines.length > 0 ? (lines[lines.length - 1] as SpokenLine).end : 0;
  // The ending's summary closes the transcript, after the customer's last words.
  for (const ending of endings) transcript.push({ ...ending, at: Math.max(ending.at, lastLineEnd) });
  // Stable sort: at equal times the customer's line (pushed later) comes after what caused it.
  transcript.sort((a, b) => a.at - b.at);
  return { lines, transcript, choices, durationMs: Math.max(recordedMs, lastLineEnd) };
}

/**
 * Every line of every beat once (a line repeated after a pause is one line), at its first start.
 * Lines the trainee skipped before they were spoken were still on screen as text, so they are
 * listed too, at the moment the line before them was.
 */
function customerRows(beats: readonly { at: number; lines: readonly PresentedLine[] }[], spoken: readonly SpokenLine[]): TranscriptEntry[] {
  const firstStart = new Map<string, number>();
  for (const line of spoken) {
    const key = `${line.beat}:${line.line}`;
    if (!firstStart.has(key)) firstStart.set(key, line.start);
  }
  const rows: TranscriptEntry[] = [];
  beats.forEach((beat, b) => {
    let at = beat.at;
    beat.lines.forEach((line, l) => {
      at = firstStart.get(`${b}:${l}`) ?? at;
      rows.push({ kind: 'customer', at, text: line.text, emotion: line.emotion });
    });
  });
  return rows;
}

/** The transcript row the playhead is at: the last one that began at or before `timeMs`, or −1. */
export function transcriptIndexAt(transcript: readonly TranscriptEntry[], timeMs: number): number {
  let lo = 0;
  let hi = transcript.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((transcript[mid] as TranscriptEntry).at <= timeMs) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
