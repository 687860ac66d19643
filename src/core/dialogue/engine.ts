import { conditionHolds } from '../scenario/condition';
import type { Effects, Next, Scenario, ScenarioNode } from '../scenario/schema';
import { MOOD_KEYS, type Mood } from '../scenario/vocabulary';
import { DIFFICULTY_RULES, MOOD_BAND, scaledTimeLimit, scaleEffects } from './difficulty';
import { applyEffects } from './mood';
import { beatLines, presentChoices, presentLines } from './present';
import { pickIndex, seedState } from './random';
import { localize, placeholderValues, wordingCount } from './text';
import {
  type Beat,
  type Intent,
  LEGACY_RULES,
  type Output,
  type SessionState,
  type StartOptions,
  type StepResult,
} from './types';

/**
 * The dialogue engine: `step(scenario, state, intent)` returns the next state and what to present.
 * Pure and deterministic: chance comes from the seeded `rng` in the state and time from the
 * intents' `at`, so the same scenario, seed and intents always give the same conversation.
 */

/** Where a `next` leads, given the mood after the effects that led there. */
export function resolveNext(next: Next, mood: Mood): string {
  if (typeof next === 'string') return next;
  for (const branch of next) if (branch.if === undefined || conditionHolds(branch.if, mood)) return branch.to;
  return (next[next.length - 1] as { to: string }).to;
}

function nodeOf(scenario: Scenario, id: string): ScenarioNode {
  const node = scenario.nodes[id];
  if (!node) throw new Error(`scenario "${scenario.id}" has no node "${id}"`);
  return node;
}

/** Picks the wording of each line; the only use of chance in a conversation. */
function chooseWordings(state: SessionState, node: ScenarioNode, beat: Omit<Beat, 'wordings'>): SessionState {
  let rng = state.rng;
  const wordings = beatLines(node, beat).map((line) => {
    const count = wordingCount(line.text);
    if (count === 1) return 0;
    const [index, next] = pickIndex(rng, count);
    rng = next;
    return index;
  });
  return { ...state, rng, beat: { ...beat, wordings } };
}

function sayOutput(scenario: Scenario, state: SessionState): Output {
  return {
    type: 'say',
    node: state.beat.node,
    lines: presentLines(scenario, state),
    interruptible: state.interruptible,
  };
}

/** Enters a node: picks the mood variant, opens the interrupt window, or ends the conversation. */
function enter(scenario: Scenario, state: SessionState, id: string): { state: SessionState; outputs: Output[] } {
  const node = nodeOf(scenario, id);
  const variant = (node.variants ?? []).findIndex((v) => conditionHolds(v.if, state.mood));
  const after: Beat['after'] = node.ending
    ? { kind: 'end' }
    : node.responses
      ? { kind: 'choices' }
      : { kind: 'goto', node: resolveNext(node.next as Next, state.mood) };
  let next = chooseWordings(
    {
      ...state,
      phase: node.ending ? 'ended' : 'speaking',
      interruptible: !node.ending && node.interrupt !== undefined,
      choicesShownAt: null,
      order: [],
      deadline: null,
    },
    node,
    { node: id, source: variant >= 0 ? 'variant' : 'say', variant: Math.max(variant, 0), after },
  );
  const outputs: Output[] = [sayOutput(scenario, next)];
  if (node.ending) {
    next = { ...next, ending: { node: id, outcome: node.ending.outcome } };
    const values = placeholderValues(scenario, next.locale, next.overrides);
    outputs.push({
      type: 'ended',
      node: id,
      outcome: node.ending.outcome,
      summary: localize(node.ending.summary, next.locale, values),
    });
  }
  return { state: next, outputs };
}

/** A seeded shuffle (Fisher–Yates) of 0…count−1 and the generator state after it. */
export function shuffledOrder(rng: number, count: number): [order: number[], next: number] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = rng;
  for (let i = count - 1; i > 0; i--) {
    const [j, next] = pickIndex(state, i + 1);
    state = next;
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return [order, state];
}

function openChoices(scenario: Scenario, state: SessionState, at: number): { state: SessionState; outputs: Output[] } {
  const node = nodeOf(scenario, state.beat.node);
  const count = node.responses?.length ?? 0;
  // Under the legacy rules the answers stay in file order and the generator is not touched, so old logs replay unchanged.
  // After a timeout the same decision opens again in the order the trainee already saw.
  const [order, rng] =
    state.rules <= LEGACY_RULES
      ? [[], state.rng]
      : state.order.length === count
        ? [state.order, state.rng]
        : shuffledOrder(state.rng, count);
  const next: SessionState = {
    ...state,
    rng,
    order,
    phase: 'choosing',
    interruptible: false,
    choicesShownAt: at,
    deadline:
      node.timeLimit !== undefined ? at + Math.round(scaledTimeLimit(node.timeLimit, state.difficulty) * 1000) : null,
  };
  return {
    state: next,
    outputs: [
      { type: 'choices', node: state.beat.node, choices: presentChoices(scenario, next), deadline: next.deadline },
    ],
  };
}

/** A reaction (interrupt or timeout): change the mood, then say the reaction lines or move on. */
function react(
  scenario: Scenario,
  state: SessionState,
  at: number,
  source: 'interrupt' | 'timeout',
  effects: Effects | undefined,
  next: Next | undefined,
): { state: SessionState; outputs: Output[] } {
  const node = nodeOf(scenario, state.beat.node);
  const before = state.mood;
  const mood = applyEffects(before, scaleEffects(effects, state.difficulty));
  const moved: SessionState = { ...state, mood, interruptible: false };
  const outputs: Output[] = [{ type: 'mood', before, after: mood }];
  const target = next !== undefined ? resolveNext(next, mood) : undefined;
  const hasLines = (source === 'interrupt' ? node.interrupt?.say : node.onTimeout?.say) !== undefined;
  if (hasLines) {
    const after: Beat['after'] = target !== undefined ? { kind: 'goto', node: target } : { kind: 'choices' };
    const speaking = chooseWordings({ ...moved, phase: 'speaking', choicesShownAt: null, deadline: null }, node, {
      node: state.beat.node,
      source,
      variant: 0,
      after,
    });
    return { state: speaking, outputs: [...outputs, sayOutput(scenario, speaking)] };
  }
  const result = target !== undefined ? enter(scenario, moved, target) : openChoices(scenario, moved, at);
  return { state: result.state, outputs: [...outputs, ...result.outputs] };
}

/** Starts a conversation at the scenario's start node. */
/**
 * The mood a run starts with: the scenario's, shifted by the level, and under the current rules
 * varied by up to ±MOOD_BAND per value from the seeded generator (so repeat attempts differ).
 */
function startingMood(
  scenario: Scenario,
  rules: number,
  difficulty: StartOptions['difficulty'],
  rng: number,
): [Mood, number] {
  const offset = DIFFICULTY_RULES[difficulty ?? 'medium'].moodOffset;
  const mood = { ...scenario.customer.mood };
  let state = rng;
  for (const key of MOOD_KEYS) {
    let band = 0;
    if (rules > LEGACY_RULES) {
      const [index, next] = pickIndex(state, 2 * MOOD_BAND + 1);
      state = next;
      band = index - MOOD_BAND;
    }
    mood[key] = Math.min(100, Math.max(0, mood[key] + offset[key] + band));
  }
  return [mood, state];
}

export function startSession(scenario: Scenario, options: StartOptions): { state: SessionState; outputs: Output[] } {
  const rules = options.rules ?? LEGACY_RULES;
  const difficulty = options.difficulty ?? 'medium';
  const [mood, rng] = startingMood(scenario, rules, difficulty, seedState(options.seed));
  const initial: SessionState = {
    scenarioId: scenario.id,
    locale: options.locale,
    seed: options.seed,
    rng,
    rules,
    difficulty,
    order: [],
    overrides: { ...(options.placeholders ?? {}) },
    phase: 'speaking',
    beat: { node: scenario.start, source: 'say', variant: 0, wordings: [], after: { kind: 'choices' } },
    mood,
    now: 0,
    pausedAt: null,
    choicesShownAt: null,
    deadline: null,
    interruptible: false,
    turn: 0,
    ending: null,
  };
  return enter(scenario, initial, scenario.start);
}

const reject = (state: SessionState, reason: string): StepResult => ({ accepted: false, state, outputs: [], reason });

/** Applies one intent. Intents that make no sense now are rejected with a reason and change nothing. */
export function step(scenario: Scenario, state: SessionState, intent: Intent): StepResult {
  if (!Number.isFinite(intent.at) || intent.at < state.now)
    return reject(state, `time must not go backwards (${intent.at} < ${state.now})`);
  if (state.phase === 'ended') return reject(state, 'the conversation has ended');
  const paused = state.pausedAt !== null;
  if (paused && intent.type !== 'resume') return reject(state, 'the conversation is paused');
  const timed = { ...state, now: intent.at };
  const node = nodeOf(scenario, state.beat.node);

  switch (intent.type) {
    case 'pause':
      return { accepted: true, state: { ...timed, pausedAt: intent.at }, outputs: [{ type: 'paused', paused: true }] };
    case 'resume': {
      if (!paused) return reject(state, 'the conversation is not paused');
      // Paused time does not count against a decision's time limit.
      const shift = intent.at - (state.pausedAt as number);
      const deadline = state.deadline === null ? null : state.deadline + shift;
      const shownAt = state.choicesShownAt === null ? null : state.choicesShownAt + shift;
      return {
        accepted: true,
        state: { ...timed, pausedAt: null, deadline, choicesShownAt: shownAt },
        outputs: [{ type: 'paused', paused: false }],
      };
    }
    case 'spoken': {
      if (state.phase !== 'speaking') return reject(state, 'the customer is not speaking');
      const after = state.beat.after;
      const r =
        after.kind === 'choices'
          ? openChoices(scenario, timed, intent.at)
          : after.kind === 'goto'
            ? enter(scenario, timed, after.node)
            : undefined;
      if (!r) return reject(state, 'nothing follows these lines');
      return { accepted: true, ...r };
    }
    case 'choose': {
      if (state.phase !== 'choosing') return reject(state, 'there is nothing to choose right now');
      const response = node.responses?.find((r) => r.id === intent.response);
      if (!response) return reject(state, `"${intent.response}" is not a response of node "${state.beat.node}"`);
      const before = state.mood;
      const mood = applyEffects(before, scaleEffects(response.effects, state.difficulty));
      const r = enter(scenario, { ...timed, mood, order: [], turn: state.turn + 1 }, resolveNext(response.next, mood));
      return { accepted: true, state: r.state, outputs: [{ type: 'mood', before, after: mood }, ...r.outputs] };
    }
    case 'interrupt': {
      if (state.phase !== 'speaking' || !state.interruptible || !node.interrupt)
        return reject(state, 'the customer cannot be interrupted now');
      return {
        accepted: true,
        ...react(scenario, timed, intent.at, 'interrupt', node.interrupt.effects, node.interrupt.next),
      };
    }
    case 'timeout':
    case 'tick': {
      if (state.phase !== 'choosing' || state.deadline === null || intent.at < state.deadline) {
        return intent.type === 'tick'
          ? reject(state, 'no deadline reached')
          : reject(state, 'the decision has not timed out');
      }
      const onTimeout = node.onTimeout;
      return {
        accepted: true,
        ...react(
          scenario,
          timed,
          intent.at,
          'timeout',
          onTimeout ? onTimeout.effects : { patience: -10 },
          onTimeout?.next,
        ),
      };
    }
  }
}
