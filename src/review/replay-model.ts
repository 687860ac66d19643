import type { PresentedLine } from '../core/dialogue/types';
import { lastAtOrBefore } from '../core/math/binary-search';
import type { Scenario } from '../core/scenario/schema';
import type { Outcome } from '../core/scenario/vocabulary';
import type { SessionLog } from '../core/session/log';
import { transcriptEvents } from '../core/session/transcript';
import { SpeechScheduler, type SpokenLine } from './speech-schedule';

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
 * Walks the log once with the engine (`transcriptEvents`, as the printed transcript does) and derives what the customer said when, what the
 * trainee answered, and how it ended. Throws ReplayError when the log does not fit the scenario.
 */
export function buildReplayModel(scenario: Scenario, log: SessionLog, recordedMs: number): ReplayModel {
  const speech = new SpeechScheduler(log.locale, scenario.customer.voice.rate);
  const transcript: TranscriptEntry[] = [];
  const choices: ChoiceMoment[] = [];
  const endings: Extract<TranscriptEntry, { kind: 'ending' }>[] = [];
  const beats: { at: number; lines: readonly PresentedLine[] }[] = [];
  for (const event of transcriptEvents(scenario, log)) {
    const at = event.at;
    if (event.kind === 'say') {
      speech.beat(at, event.lines);
      beats.push({ at, lines: event.lines });
    } else if (event.kind === 'choices') speech.silence(at);
    else if (event.kind === 'ended') endings.push({ kind: 'ending', at, outcome: event.outcome, text: event.summary });
    else if (event.kind === 'choose') {
      choices.push({ at, ordinal: choices.length + 1, text: event.text });
      transcript.push({ kind: 'trainee', at, text: event.text, choice: event.number });
    } else if (event.kind === 'interrupt' || event.kind === 'timeout') transcript.push({ kind: event.kind, at });
    else if (event.kind === 'pause') speech.pause(at);
    else speech.resume(at);
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
function customerRows(
  beats: readonly { at: number; lines: readonly PresentedLine[] }[],
  spoken: readonly SpokenLine[],
): TranscriptEntry[] {
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
  return lastAtOrBefore(transcript, timeMs, entryTime);
}

const entryTime = (entry: TranscriptEntry) => entry.at;
