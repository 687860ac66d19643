/**
 * Keeps a predicted timeline in step with a real voice. The browser's `boundary` events say
 * "the word at charIndex starts now"; each one re-anchors the mapping from voice time to
 * timeline time, and the speed (timeline seconds per voice second) is measured from the
 * first boundary heard, so a voice faster or slower than the duration model stops drifting
 * between events. The timeline itself is never rebuilt: per frame the scene only maps time.
 */
import { lastAtOrBefore } from '../math/binary-search';
import type { VisemeTimeline } from './visemes';

/** A snapshot of how voice time maps to timeline time; a plain value, replaced per event. */
export interface VoiceSync {
  /** Voice seconds and timeline seconds at the latest boundary: time is extrapolated from here. */
  readonly anchorElapsed: number;
  readonly anchorTime: number;
  /** Timeline seconds per voice second. */
  readonly speed: number;
  /** The first boundary heard, from which speed is measured; undefined until then. */
  readonly origin: { readonly elapsed: number; readonly time: number } | undefined;
}

/** Before any boundary: the timeline runs with the voice's clock from its start. */
export const UNSYNCED: VoiceSync = { anchorElapsed: 0, anchorTime: 0, speed: 1, origin: undefined };

/** A measured speed outside this range is a mismatched event, not a real voice. */
export const SPEED_RANGE = { min: 0.5, max: 2 } as const;
/** Over a shorter span the measured speed is mostly event jitter, so it is not trusted yet. */
export const MIN_SPEED_SPAN_SECONDS = 0.3;

const cueCharEnd = (cue: VisemeTimeline[number]) => cue.charEnd;

/**
 * The first cue of the word at `charIndex`: the word containing it, or else the next word
 * after it (a browser may report the index of an opening quote). -1 if no word is there.
 */
export function wordCueIndex(timeline: VisemeTimeline, charIndex: number): number {
  // The first cue ending after `charIndex` (cues are in text order).
  let low = lastAtOrBefore(timeline, charIndex, cueCharEnd) + 1;
  // A pause cue belongs to punctuation between words: the word after it is the one meant.
  while (timeline[low]?.phone === '_') low += 1;
  return low < timeline.length ? low : -1;
}

/** The sync after a boundary event: the word at `charIndex` started `elapsedSeconds` into the voice. */
export function alignToBoundary(
  timeline: VisemeTimeline,
  sync: VoiceSync,
  charIndex: number,
  elapsedSeconds: number,
): VoiceSync {
  const cue = timeline[wordCueIndex(timeline, charIndex)];
  // Unknown words and late, out-of-order events leave the sync as it was.
  if (cue === undefined || !Number.isFinite(elapsedSeconds)) return sync;
  if (sync.origin !== undefined && elapsedSeconds < sync.anchorElapsed) return sync;
  const origin = sync.origin ?? { elapsed: elapsedSeconds, time: cue.start };
  const span = elapsedSeconds - origin.elapsed;
  const measured = (cue.start - origin.time) / span;
  const speed =
    span >= MIN_SPEED_SPAN_SECONDS ? Math.min(SPEED_RANGE.max, Math.max(SPEED_RANGE.min, measured)) : sync.speed;
  return { anchorElapsed: elapsedSeconds, anchorTime: cue.start, speed, origin };
}

/** Where in the timeline the voice is, `elapsedSeconds` after it started; cheap enough per frame. */
export function timelineTime(sync: VoiceSync, elapsedSeconds: number): number {
  return sync.anchorTime + (elapsedSeconds - sync.anchorElapsed) * sync.speed;
}
