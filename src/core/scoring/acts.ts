import { startSession } from '../dialogue/engine';
import type { Response, Scenario } from '../scenario/schema';
import type { Mood, Outcome } from '../scenario/vocabulary';
import { type SessionLog, startOptionsOf, trace } from '../session/log';

/** Something the trainee did at a decision or while the customer spoke. */
export type Act =
  | {
      kind: 'response';
      node: string;
      at: number;
      latencyMs: number | null;
      response: Response;
      moodBefore: Mood;
      moodAfter: Mood;
    }
  | { kind: 'interrupt'; node: string; at: number; fits: boolean; moodBefore: Mood; moodAfter: Mood }
  | { kind: 'timeout'; node: string; at: number; moodBefore: Mood; moodAfter: Mood };

export interface Conversation {
  acts: Act[];
  startMood: Mood;
  endMood: Mood;
  /** The mood after every change, starting with the start mood at 0 ms — the debrief's chart. */
  moodTimeline: { at: number; mood: Mood }[];
  ending: { node: string; outcome: Outcome } | null;
  /** Session time of the last intent (ms). */
  durationMs: number;
}

/** Re-runs a session log and lists what the trainee did, with the mood around each act. */
export function readConversation(scenario: Scenario, log: SessionLog): Conversation {
  const acts: Act[] = [];
  // The run's own starting mood: it varies with the seed and the level.
  const startMood = { ...startSession(scenario, startOptionsOf(log)).state.mood };
  const moodTimeline = [{ at: 0, mood: startMood }];
  const steps = trace(scenario, log);
  let last: { mood: Mood; ending: Conversation['ending']; now: number } = { mood: startMood, ending: null, now: 0 };
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) {
      last = { mood: r.value.mood, ending: r.value.ending, now: r.value.now };
      break;
    }
    const { intent, before, after } = r.value;
    const node = scenario.nodes[before.beat.node];
    const base = { node: before.beat.node, at: intent.at, moodBefore: before.mood, moodAfter: after.mood };
    if (intent.type === 'choose') {
      const response = node?.responses?.find((x) => x.id === intent.response);
      if (response)
        acts.push({
          ...base,
          kind: 'response',
          response,
          latencyMs: before.choicesShownAt === null ? null : intent.at - before.choicesShownAt,
        });
    } else if (intent.type === 'interrupt') {
      acts.push({ ...base, kind: 'interrupt', fits: node?.interrupt?.fits ?? false });
    } else if (intent.type === 'timeout' || intent.type === 'tick') {
      // The engine accepts a tick only when it reaches a deadline, so a logged tick is a timeout.
      acts.push({ ...base, kind: 'timeout' });
    }
    if (after.mood !== before.mood) moodTimeline.push({ at: intent.at, mood: after.mood });
  }
  return { acts, startMood, endMood: last.mood, moodTimeline, ending: last.ending, durationMs: last.now };
}
