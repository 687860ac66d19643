import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../../src/core/dialogue/types';
import { sessionLogOf } from '../../../src/core/recording/create';
import { replay } from '../../../src/core/session/log';
import { loadReplay } from '../../../src/review/loaded-replay';
import { loadPlayhead, playhead, syncPlayhead } from '../../../src/review/replay-playhead';
import { benchmarkSeek } from '../../../src/review/seek-benchmark';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';
import { BEST_ANGRY, longRecording } from './long-session';

const angry = scenarioFrom('scenes/angry-repair-returned.yaml');

/** What the picture shows at the playhead, as plain values to compare. */
function picture() {
  return {
    cursor: { ...playhead.cursor },
    emotion: playhead.cues.emotion,
    gesture: playhead.cues.gesture,
    speaking: playhead.cues.speaking,
    mood: { ...playhead.cues.mood },
    head: { ...playhead.pose.head },
    left: { ...playhead.pose.left },
  };
}

afterEach(() => loadPlayhead(null));

describe('replay playhead', () => {
  it('shows the same picture after a seek as after playing there frame by frame', () => {
    const { recording } = recordedSession(angry, BEST_ANGRY);
    const loaded = loadReplay(angry, recording);
    let state: SessionState | null = null;
    const keep = (_c: unknown, s: SessionState | null) => {
      if (s) state = s;
    };
    const checkpoints = [3000, 11_111, 20_000, 33_333, loaded.model.durationMs - 1];
    // Played: 60 frames a second from the start.
    loadPlayhead(loaded);
    const played: ReturnType<typeof picture>[] = [];
    let next = 0;
    for (let t = 0; next < checkpoints.length; t += 1000 / 60) {
      playhead.timeMs = Math.min(t, checkpoints[next] as number);
      syncPlayhead(keep);
      if (playhead.timeMs === checkpoints[next]) {
        expect(state).toEqual(replay(angry, sessionLogOf(recording), playhead.timeMs));
        played.push(picture());
        next++;
      }
    }
    // Sought: straight to each moment, in reverse order.
    loadPlayhead(loaded);
    for (let i = checkpoints.length - 1; i >= 0; i--) {
      playhead.timeMs = checkpoints[i] as number;
      syncPlayhead(keep);
      expect(state).toEqual(replay(angry, sessionLogOf(recording), playhead.timeMs));
      expect(picture()).toEqual(played[i]);
    }
  });

  it('benchmarks seeks in a long session (figures only; timing is not asserted)', () => {
    const recording = longRecording(angry, 5, 100);
    const figures = benchmarkSeek(angry, recording, [0, 60_000, 10_000, 299_000, 150_000]);
    expect(figures.seeks).toBe(5);
    expect(figures.intents).toBe(recording.intents.length);
    expect(figures.poseSamples).toBe(recording.poses.head.count);
    for (const value of [figures.openMs, figures.meanMs, figures.p95Ms, figures.maxMs, figures.fromStartMeanMs])
      expect(value).toBeGreaterThanOrEqual(0);
  });
});
