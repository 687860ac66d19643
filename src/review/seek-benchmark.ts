import { sessionLogOf } from '../core/recording/create';
import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { replay } from '../core/session/log';
import { type LoadedReplay, loadReplay } from './loaded-replay';
import { loadPlayhead, playhead, syncPlayhead } from './replay-playhead';

/** What a seek costs, in ms of script time (no rendering): the figures docs/review.md quotes. */
export interface SeekFigures {
  intents: number;
  poseSamples: number;
  seeks: number;
  /** Opening the session: engine trace with keyframes, speech schedule, report, pose decoding. */
  openMs: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
  /** The same seeks by replaying the log from the start each time, for comparison. */
  fromStartMeanMs: number;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Seeks the player's playhead to each of `times` in turn — the whole picture update a seek does
 * outside the renderer (engine state from the nearest keyframe, pose interpolation, transcript
 * row, spoken line, avatar cues) — and times each seek with `now`.
 */
export function benchmarkSeek(
  scenario: Scenario,
  recording: Recording,
  times: readonly number[],
  now: () => number = () => performance.now(),
): SeekFigures {
  const openStart = now();
  const loaded: LoadedReplay = loadReplay(scenario, recording);
  const openMs = now() - openStart;
  loadPlayhead(loaded);
  const costs: number[] = [];
  const ignore = () => {};
  for (const t of times) {
    const start = now();
    playhead.timeMs = t;
    syncPlayhead(ignore);
    costs.push(now() - start);
  }
  loadPlayhead(null);
  const log = sessionLogOf(recording);
  const fromStart = now();
  for (const t of times) replay(scenario, log, t);
  const fromStartMeanMs = times.length > 0 ? (now() - fromStart) / times.length : 0;
  const sorted = [...costs].sort((a, b) => a - b);
  return {
    intents: recording.intents.length,
    poseSamples: recording.poses.head.count,
    seeks: times.length,
    openMs,
    meanMs: costs.reduce((a, b) => a + b, 0) / Math.max(1, costs.length),
    p95Ms: quantile(sorted, 0.95),
    maxMs: quantile(sorted, 1),
    fromStartMeanMs,
  };
}
