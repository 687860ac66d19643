import { timelineTime, type VoiceSync } from '../core/speech/align';
import { createMouthWeights, type MouthWeights, type VisemeTimeline } from '../core/speech/visemes';
import { visemeWeightsAt } from '../core/speech/weights';

/**
 * The line the voice is saying now, as the speech store holds it: its lip-sync timeline, when it
 * started and how the voice's word boundaries moved it. It changes a few times a line (start,
 * each word, end); the mouth is sampled from it every frame with `sampleVoicedLine`.
 */
export interface VoicedLine {
  readonly timeline: VisemeTimeline;
  /** performance.now() when the line started, in ms. */
  readonly startedAt: number;
  readonly sync: VoiceSync;
}

const silent = createMouthWeights();

/** Fills `out` with the mouth shape weights of `line` at `nowMs` (performance.now()), closed without a line; allocates nothing. */
export function sampleVoicedLine(line: VoicedLine | null, nowMs: number, out: MouthWeights): MouthWeights {
  if (!line) return Object.assign(out, silent);
  const elapsed = (nowMs - line.startedAt) / 1000;
  return visemeWeightsAt(line.timeline, timelineTime(line.sync, elapsed), out);
}
