import type { PresentedLine } from '../core/dialogue/types';
import { lastAtOrBefore } from '../core/math/binary-search';
import type { Locale } from '../core/scenario/vocabulary';
import { textToVisemes, timelineDuration } from '../core/speech/timeline';
import type { VisemeTimeline } from '../core/speech/visemes';
import { BETWEEN_LINES_MS } from '../speech/pacing';

/** One customer line as the replay speaks it: when (session ms), what, and its lip-sync timeline. */
export interface SpokenLine {
  start: number;
  /** Earlier than start + the line's length when the trainee cut it short (skip, interrupt, pause). */
  end: number;
  /** Which beat (0-based, in order of appearance) and which of its lines. */
  beat: number;
  line: number;
  text: string;
  emotion: PresentedLine['emotion'];
  gesture: PresentedLine['gesture'];
  timeline: VisemeTimeline;
}

interface PendingBeat {
  beat: number;
  lines: PresentedLine[];
  timelines: VisemeTimeline[];
  /** The next line to say. */
  index: number;
  /** When it starts (NaN while paused). */
  from: number;
}

/**
 * Lays out the customer's lines on the session clock from the events of a replay, mirroring the
 * speech director (the recording keeps only the engine's intents, not when each line began, so
 * the lines are timed as the director times them without a voice, with its pacing): a new beat cancels what is being said; the choices appearing silence the
 * customer; a pause stops the current line and resuming repeats it from its start.
 */
export class SpeechScheduler {
  readonly lines: SpokenLine[] = [];
  private pending: PendingBeat | null = null;
  private beats = 0;

  constructor(
    private readonly locale: Locale,
    private readonly rate: number,
  ) {}

  /** The engine started a new beat with these lines at `at`. */
  beat(at: number, lines: readonly PresentedLine[]): number {
    this.flush(at);
    const timelines = lines.map((l) => textToVisemes(l.text, this.locale, this.rate));
    const beat = this.beats++;
    this.pending = { beat, lines: [...lines], timelines, index: 0, from: at };
    return beat;
  }

  /** The customer fell silent at `at` (the choices are up). */
  silence(at: number): void {
    this.flush(at);
  }

  pause(at: number): void {
    const pending = this.pending;
    if (!pending || Number.isNaN(pending.from)) return;
    this.lay(pending, at);
    pending.from = Number.NaN;
  }

  resume(at: number): void {
    if (this.pending && Number.isNaN(this.pending.from)) this.pending.from = at;
  }

  /** Ends the schedule: the last beat's lines play out in full. */
  finish(): SpokenLine[] {
    this.flush(Number.POSITIVE_INFINITY);
    return this.lines;
  }

  private flush(until: number): void {
    if (this.pending && !Number.isNaN(this.pending.from)) this.lay(this.pending, until);
    this.pending = null;
  }

  /** Lays out lines from `pending.index` until `until`; a line cut midway stays current. */
  private lay(pending: PendingBeat, until: number): void {
    let t = pending.from;
    while (pending.index < pending.lines.length && t < until) {
      const line = pending.lines[pending.index] as PresentedLine;
      const timeline = pending.timelines[pending.index] as VisemeTimeline;
      const length = Math.round(timelineDuration(timeline) * 1000);
      const cut = t + length > until;
      this.lines.push({
        start: t,
        end: cut ? until : t + length,
        beat: pending.beat,
        line: pending.index,
        text: line.text,
        emotion: line.emotion,
        gesture: line.gesture,
        timeline,
      });
      if (cut) return;
      pending.index++;
      t += length + BETWEEN_LINES_MS;
    }
  }
}

/** The line being spoken at `timeMs` (index into `lines`), or −1 in a silence. Binary search. */
export function spokenLineAt(lines: readonly SpokenLine[], timeMs: number): number {
  const i = lastStartingAtOrBefore(lines, timeMs);
  return i >= 0 && timeMs < (lines[i] as SpokenLine).end ? i : -1;
}

/** The last line that started at or before `timeMs`, or −1. */
export function lastStartingAtOrBefore(lines: readonly { start: number }[], timeMs: number): number {
  return lastAtOrBefore(lines, timeMs, lineStart);
}

const lineStart = (line: { start: number }) => line.start;
