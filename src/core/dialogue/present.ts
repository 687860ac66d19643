import type { Line, Scenario, ScenarioNode } from '../scenario/schema';
import { localize, placeholderValues, wordingAt } from './text';
import type { Beat, PresentedChoice, PresentedLine, SessionState } from './types';

/** The raw lines of a beat, before wording choice and placeholders. */
export function beatLines(node: ScenarioNode, beat: Pick<Beat, 'source' | 'variant'>): Line[] {
  switch (beat.source) {
    case 'variant':
      return node.variants?.[beat.variant]?.say ?? node.say;
    case 'interrupt':
      return node.interrupt?.say ?? [];
    case 'timeout':
      return node.onTimeout?.say ?? [];
    default:
      return node.say;
  }
}

/** What the customer says in the current beat, in the session's language. */
export function presentLines(scenario: Scenario, state: SessionState): PresentedLine[] {
  const node = scenario.nodes[state.beat.node];
  if (!node) return [];
  const values = placeholderValues(scenario, state.locale, state.overrides);
  return beatLines(node, state.beat).map((line, i) => ({
    text: localize(wordingAt(line.text, state.beat.wordings[i] ?? 0), state.locale, values),
    emotion: line.emotion,
    gesture: line.gesture,
  }));
}

/** The responses on offer while the trainee is choosing; empty otherwise. */
export function presentChoices(scenario: Scenario, state: SessionState): PresentedChoice[] {
  if (state.phase !== 'choosing') return [];
  const node = scenario.nodes[state.beat.node];
  const values = placeholderValues(scenario, state.locale, state.overrides);
  return displayedResponses(node, state).map((r, i) => ({
    id: r.id,
    number: i + 1,
    text: localize(r.text, state.locale, values),
  }));
}

/**
 * A node's responses in the order the trainee sees them: the state's seeded `order` while
 * choosing, file order without one (logs from before shuffling, or not choosing).
 */
export function displayedResponses<R>(
  node: { responses?: R[] | undefined } | undefined,
  state: Pick<SessionState, 'order'>,
): R[] {
  const responses = node?.responses ?? [];
  if (state.order.length !== responses.length) return responses;
  return state.order.map((i) => responses[i] as R);
}

/** Everything the scene needs to draw the current moment, derived from state alone (e.g. after a restore). */
export function present(scenario: Scenario, state: SessionState) {
  const node = scenario.nodes[state.beat.node];
  const values = placeholderValues(scenario, state.locale, state.overrides);
  return {
    lines: presentLines(scenario, state),
    choices: presentChoices(scenario, state),
    phase: state.phase,
    paused: state.pausedAt !== null,
    interruptible: state.interruptible,
    deadline: state.deadline,
    mood: state.mood,
    ending:
      state.ending && node?.ending
        ? { outcome: state.ending.outcome, summary: localize(node.ending.summary, state.locale, values) }
        : null,
  };
}
