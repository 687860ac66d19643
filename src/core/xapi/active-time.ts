import type { Intent } from '../dialogue/types';

/**
 * Paused time within [from, to] of a session, from the log's pause/resume intents (the engine
 * records one pair per pause: menu, page hidden, headset off). A pause still open at `to` counts
 * until `to`. xAPI durations are the learner's time, so this is taken off.
 */
export function pausedWithin(intents: readonly Intent[], from: number, to: number): number {
  let paused = 0;
  let pausedAt: number | null = null;
  const overlap = (a: number, b: number) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  for (const intent of intents) {
    if (intent.at > to && pausedAt === null) break;
    if (intent.type === 'pause' && pausedAt === null) pausedAt = intent.at;
    else if (intent.type === 'resume' && pausedAt !== null) {
      paused += overlap(pausedAt, intent.at);
      pausedAt = null;
    }
  }
  if (pausedAt !== null) paused += overlap(pausedAt, to);
  return paused;
}

/** The learner's time between two session instants: wall time on the session clock minus pauses. */
export function activeWithin(intents: readonly Intent[], from: number, to: number): number {
  return Math.max(0, to - from - pausedWithin(intents, from, to));
}
