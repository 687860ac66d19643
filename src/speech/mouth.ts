import { createMouthWeights, type MouthWeights, type VisemeTimeline } from '../core/speech/visemes';
import { timelineTime, type VoiceSync } from '../core/speech/align';
import { visemeWeightsAt } from '../core/speech/weights';

/**
 * The line being lip-synced, kept outside React and zustand because it is read every frame.
 * The speech controller writes it; the avatar reads mouth weights with `sampleMouth`.
 */
interface ActiveLine {
  timeline: VisemeTimeline;
  /** performance.now() when the line started, in ms. */
  startedAt: number;
  sync: VoiceSync;
}

let active: ActiveLine | null = null;

export function setActiveLine(line: ActiveLine | null): void {
  active = line;
}

export function updateLineSync(sync: VoiceSync): void {
  if (active) active.sync = sync;
}

export function activeLine(): Readonly<ActiveLine> | null {
  return active;
}

const silent = createMouthWeights();

/** Fills `out` with the mouth shape weights at time `nowMs` (performance.now()); allocates nothing. */
export function sampleMouth(nowMs: number, out: MouthWeights): MouthWeights {
  if (!active) {
    Object.assign(out, silent);
    return out;
  }
  const elapsed = (nowMs - active.startedAt) / 1000;
  return visemeWeightsAt(active.timeline, timelineTime(active.sync, elapsed), out);
}
