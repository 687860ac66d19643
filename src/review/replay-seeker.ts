import { startSession, step } from '../core/dialogue/engine';
import type { Intent, SessionState } from '../core/dialogue/types';
import { lastAtOrBefore } from '../core/math/binary-search';
import type { Scenario } from '../core/scenario/schema';
import { ReplayError, type SessionLog, startOptionsOf } from '../core/session/log';

/** A state every this many intents: a seek replays at most this many steps of the engine. */
export const KEYFRAME_INTERVAL = 16;

/**
 * How many intents of `intents` a replay up to `timeMs` applies. The engine refuses time going
 * backwards, so the times of a valid log never decrease and a binary search gives the same count
 * as `replay()`'s "stop at the first intent after `until`" (≈ 15 steps for 20,000 intents).
 */
export function intentCountAt(intents: readonly Intent[], timeMs: number): number {
  return lastAtOrBefore(intents, timeMs, intentTime) + 1;
}

const intentTime = (intent: Intent) => intent.at;

/**
 * Seeks a recorded conversation to any moment without replaying it from the start: the engine's
 * state is kept every KEYFRAME_INTERVAL intents (states are immutable plain data, so keeping a
 * reference is enough), and a seek steps forward from the nearest keyframe at or before it — or
 * from the last state it returned, when playback simply moves on. The result is the state
 * `replay(scenario, log, timeMs)` gives, which the unit tests check at many times.
 */
export class ReplaySeeker {
  private readonly keyframes: SessionState[] = [];
  private lastCount = 0;
  private lastState: SessionState;

  constructor(
    private readonly scenario: Scenario,
    private readonly log: SessionLog,
    private readonly interval = KEYFRAME_INTERVAL,
  ) {
    let state = startSession(scenario, startOptionsOf(log)).state;
    this.keyframes.push(state);
    for (const [index, intent] of log.intents.entries()) {
      state = this.apply(state, intent, index);
      if ((index + 1) % interval === 0) this.keyframes.push(state);
    }
    this.lastState = this.keyframes[0] as SessionState;
  }

  get intentCount(): number {
    return this.log.intents.length;
  }

  /** The conversation state at a session time (ms). */
  stateAt(timeMs: number): SessionState {
    return this.stateAfter(intentCountAt(this.log.intents, timeMs));
  }

  /** The state after the first `count` intents. */
  stateAfter(count: number): SessionState {
    const target = Math.max(0, Math.min(count, this.log.intents.length));
    const keyIndex = Math.floor(target / this.interval);
    const fromKey = keyIndex * this.interval;
    // Moving forward within reach of the last answer is cheaper than going back to a keyframe.
    let done = this.lastCount <= target && this.lastCount >= fromKey ? this.lastCount : fromKey;
    let state = done === this.lastCount ? this.lastState : (this.keyframes[keyIndex] as SessionState);
    for (; done < target; done++) state = this.apply(state, this.log.intents[done] as Intent, done);
    this.lastCount = target;
    this.lastState = state;
    return state;
  }

  private apply(state: SessionState, intent: Intent, index: number): SessionState {
    const result = step(this.scenario, state, intent);
    if (!result.accepted)
      throw new ReplayError(`intent ${index + 1} (${intent.type}) does not fit the conversation: ${result.reason}`);
    return result.state;
  }
}
