import { timelineDuration } from '../core/speech/timeline';
import { lastStartingAtOrBefore, type SpokenLine } from './speech-schedule';

/** What the replay's voice should do after a frame: nothing, fall silent, or start a line. */
export const VOICE_ACTIONS = ['none', 'stop', 'speak'] as const;
export type VoiceAction = (typeof VOICE_ACTIONS)[number];

/**
 * Decides, frame by frame, when the replay speaks which customer line; pure and allocation-free
 * (docs/architecture.md#per-frame-code), so the per-frame driver can call it and a test can feed
 * it playhead transitions.
 *
 * The cue points are the word starts of the recorded lines on the session clock. While playing
 * with the voice on, a frame that advanced the playhead from `from` to `to` speaks the newest line
 * with a word start in that span — from its first word when the line begins there, which is the
 * normal case. Any discontinuity (a seek, pause, speed change, toggling the voice, another
 * session) stops the voice; the next word the playhead then reaches starts the rest of that line,
 * so nothing already passed is said and nothing skipped by a seek is replayed. A line the trainee
 * cut short (skip, interruption, pause) stops where the recording cut it; a line that ran its full
 * length is left to finish, since a real voice is rarely exactly as fast as the text model.
 */
export class VoiceCuePlanner {
  /** After 'speak': the line to say (index into the lines) and the character to start at. */
  line = -1;
  fromChar = 0;
  private lines: readonly SpokenLine[] | null = null;
  /** The playhead at the end of the previous step; a frame starting elsewhere follows a jump. */
  private last = Number.NaN;
  private speed = Number.NaN;
  /** Whether a word starting exactly at `last` has yet to be considered (after a stop or jump). */
  private inclusive = true;
  /** The line being voiced (or left to finish), −1 when silent. */
  private speaking = -1;

  /**
   * One frame: the playhead moved from `from` to `to` (equal while paused). `speaks` is false
   * when the voice is switched off or unavailable.
   */
  step(
    lines: readonly SpokenLine[],
    from: number,
    to: number,
    playing: boolean,
    speed: number,
    speaks: boolean,
  ): VoiceAction {
    const jumped = lines !== this.lines || from !== this.last || speed !== this.speed;
    this.lines = lines;
    this.last = to;
    this.speed = speed;
    let action: VoiceAction = 'none';
    if (jumped || !playing || !speaks) {
      action = this.silence();
      this.inclusive = true;
      if (!playing || !speaks) return action;
    }
    const inclusive = this.inclusive;
    this.inclusive = false;
    const voiced = this.speaking;
    const current = lines[voiced];
    if (current !== undefined && wasCut(current) && crossed(current.end, from, to, inclusive)) action = this.silence();
    // The line being voiced, or just cut, is not started again.
    const index = lastStartingAtOrBefore(lines, to);
    const line = lines[index];
    if (line === undefined || index === voiced || line.end <= from) return action;
    const char = firstWordIn(line, from, to, inclusive);
    if (char < 0) return action;
    this.speaking = index;
    this.line = index;
    this.fromChar = char;
    return 'speak';
  }

  /** Something outside the playhead interrupted the replay (the page was hidden): fall silent. */
  interrupt(): VoiceAction {
    this.inclusive = true;
    return this.silence();
  }

  private silence(): VoiceAction {
    if (this.speaking < 0) return 'none';
    this.speaking = -1;
    return 'stop';
  }
}

/** Whether the recording cut the line short (its end is before its full length, as laid out by the scheduler). */
function wasCut(line: SpokenLine): boolean {
  return line.end < line.start + Math.round(timelineDuration(line.timeline) * 1000);
}

/** Whether `at` lies in the frame's span: (from, to], or [from, to] right after a jump. */
function crossed(at: number, from: number, to: number, inclusive: boolean): boolean {
  return at <= to && (at > from || (inclusive && at === from));
}

/**
 * The character index of the first word of `line` that starts in the frame's span and before the
 * line was cut, or −1. A word is a run of cues with one `charIndex`; pauses are not words.
 */
function firstWordIn(line: SpokenLine, from: number, to: number, inclusive: boolean): number {
  const cues = line.timeline;
  let word = -1;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as (typeof cues)[number];
    if (cue.phone === '_' || cue.charIndex === word) continue;
    word = cue.charIndex;
    const at = line.start + cue.start * 1000;
    if (at > to || at >= line.end) return -1;
    if (crossed(at, from, to, inclusive)) return word;
  }
  return -1;
}
