import type { PathSegment } from './problem';
import type { Line, Localized, Next, Scenario, ScenarioNode } from './schema';

/** Every place a scenario leads from one node to another, with the field that says so. */
export interface Edge {
  from: string;
  to: string;
  path: PathSegment[];
}

function nextTargets(next: Next | undefined, from: string, path: PathSegment[], out: Edge[]): void {
  if (next === undefined) return;
  if (typeof next === 'string') {
    out.push({ from, to: next, path });
    return;
  }
  next.forEach((branch, i) => {
    out.push({ from, to: branch.to, path: [...path, i, 'to'] });
  });
}

export function nodeEdges(id: string, node: ScenarioNode): Edge[] {
  const out: Edge[] = [];
  const base: PathSegment[] = ['nodes', id];
  nextTargets(node.next, id, [...base, 'next'], out);
  node.responses?.forEach((r, i) => {
    nextTargets(r.next, id, [...base, 'responses', i, 'next'], out);
  });
  nextTargets(node.interrupt?.next, id, [...base, 'interrupt', 'next'], out);
  nextTargets(node.onTimeout?.next, id, [...base, 'onTimeout', 'next'], out);
  return out;
}

export function scenarioEdges(scenario: Scenario): Edge[] {
  return Object.entries(scenario.nodes).flatMap(([id, node]) => nodeEdges(id, node));
}

/** Every user-facing text of a scenario with its path, for translation and placeholder checks. */
export function* localizedTexts(scenario: Scenario): Generator<{ text: Localized; path: PathSegment[] }> {
  yield { text: scenario.title, path: ['title'] };
  yield { text: scenario.briefing, path: ['briefing'] };
  yield { text: scenario.customer.name, path: ['customer', 'name'] };
  if (scenario.customer.description) yield { text: scenario.customer.description, path: ['customer', 'description'] };
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const base: PathSegment[] = ['nodes', id];
    yield* linesTexts(node.say, [...base, 'say']);
    for (const [i, v] of (node.variants ?? []).entries()) yield* linesTexts(v.say, [...base, 'variants', i, 'say']);
    if (node.interrupt) {
      yield { text: node.interrupt.feedback, path: [...base, 'interrupt', 'feedback'] };
      yield* linesTexts(node.interrupt.say, [...base, 'interrupt', 'say']);
    }
    if (node.onTimeout) {
      if (node.onTimeout.feedback) yield { text: node.onTimeout.feedback, path: [...base, 'onTimeout', 'feedback'] };
      yield* linesTexts(node.onTimeout.say, [...base, 'onTimeout', 'say']);
    }
    for (const [i, r] of (node.responses ?? []).entries()) {
      yield { text: r.text, path: [...base, 'responses', i, 'text'] };
      yield { text: r.feedback, path: [...base, 'responses', i, 'feedback'] };
      if (r.moment) yield { text: r.moment.why, path: [...base, 'responses', i, 'moment', 'why'] };
    }
    if (node.ending) yield { text: node.ending.summary, path: [...base, 'ending', 'summary'] };
  }
}

function* linesTexts(
  lines: Line[] | undefined,
  path: PathSegment[],
): Generator<{ text: Localized; path: PathSegment[] }> {
  for (const [i, line] of (lines ?? []).entries()) {
    if (Array.isArray(line.text)) {
      for (const [j, t] of line.text.entries()) yield { text: t, path: [...path, i, 'text', j] };
    } else {
      yield { text: line.text, path: [...path, i, 'text'] };
    }
  }
}
