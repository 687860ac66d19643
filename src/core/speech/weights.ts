/**
 * Timeline → per-frame mouth weights. Runs every frame, so it allocates nothing: it finds
 * the cue by binary search and writes into the caller's object.
 *
 * Co-articulation: around each boundary between two cues the mouth crossfades from one
 * shape to the next over ±COARTICULATION_SECONDS (less when a cue is short, so a fade never
 * passes the middle of a cue). At the boundary both weigh half, so weights are continuous;
 * before the first and after the last cue the neighbour is a closed mouth, so a line opens
 * and closes smoothly instead of snapping.
 */
import { lastAtOrBefore } from '../math/binary-search';
import type { MouthWeights, VisemeTimeline } from './visemes';

/** Half-width of the crossfade between neighbouring cues, in seconds. */
export const COARTICULATION_SECONDS = 0.05;

const cueStart = (cue: VisemeTimeline[number]) => cue.start;

/** The cue playing at `t`: its index, -1 before the first cue, `timeline.length` after the last. */
export function cueIndexAt(timeline: VisemeTimeline, t: number): number {
  const found = lastAtOrBefore(timeline, t, cueStart);
  const last = timeline[timeline.length - 1];
  if (last !== undefined && found === timeline.length - 1 && t >= last.start + last.duration) return timeline.length;
  return found;
}

/** When cue `index` begins (the end of the line for `length`); ±∞ for the closed mouth outside. */
function boundaryTime(timeline: VisemeTimeline, index: number): number {
  if (index < 0) return Number.NEGATIVE_INFINITY;
  if (index > timeline.length) return Number.POSITIVE_INFINITY;
  const cue = timeline[index];
  if (cue !== undefined) return cue.start;
  const last = timeline[timeline.length - 1];
  return last === undefined ? 0 : last.start + last.duration;
}

/** Half a cue's duration; the closed mouth before and after a line lasts forever. */
function halfDuration(timeline: VisemeTimeline, index: number): number {
  const cue = timeline[index];
  return cue === undefined ? Number.POSITIVE_INFINITY : cue.duration / 2;
}

/** Crossfade half-width at the boundary where cue `index` begins. */
function fadeWidth(timeline: VisemeTimeline, index: number): number {
  return Math.min(COARTICULATION_SECONDS, halfDuration(timeline, index - 1), halfDuration(timeline, index));
}

function addCue(timeline: VisemeTimeline, index: number, amount: number, out: MouthWeights): void {
  const cue = timeline[index];
  if (cue === undefined || cue.viseme === 'closed') return;
  out[cue.viseme] += cue.weight * amount;
}

/** Smoothstep: eases each crossfade in and out; s(x) + s(1 − x) = 1 keeps the sum steady. */
function ease(x: number): number {
  return x * x * (3 - 2 * x);
}

/** Fills `out` with the mouth weights (0..1) at `t` seconds into the line and returns it. */
export function visemeWeightsAt(timeline: VisemeTimeline, t: number, out: MouthWeights): MouthWeights {
  out.aa = 0;
  out.ih = 0;
  out.ou = 0;
  out.ee = 0;
  out.oh = 0;
  if (timeline.length === 0 || Number.isNaN(t)) return out;
  const index = cueIndexAt(timeline, t);
  const sinceStart = t - boundaryTime(timeline, index);
  const untilEnd = boundaryTime(timeline, index + 1) - t;
  const widthBefore = fadeWidth(timeline, index);
  const widthAfter = fadeWidth(timeline, index + 1);
  let own = 1;
  let neighbour = index;
  if (sinceStart < widthBefore) {
    own = ease(0.5 + (0.5 * sinceStart) / widthBefore);
    neighbour = index - 1;
  } else if (untilEnd < widthAfter) {
    own = ease(0.5 + (0.5 * untilEnd) / widthAfter);
    neighbour = index + 1;
  }
  addCue(timeline, index, own, out);
  if (neighbour !== index) addCue(timeline, neighbour, 1 - own, out);
  return out;
}
