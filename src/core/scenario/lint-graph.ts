import type { Message, PathSegment } from './problem';
import type { Scenario } from './schema';
import { scenarioEdges } from './walk.ts';

export interface Finding {
  severity: 'error' | 'warning';
  path: PathSegment[];
  message: Message;
}

/**
 * Checks the conversation graph: every target exists, every node can be reached from the start,
 * and from every node some ending can still be reached (otherwise the trainee is stuck in a dead
 * end or a loop with no way out).
 */
export function lintGraph(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const ids = new Set(Object.keys(scenario.nodes));
  const edges = scenarioEdges(scenario);

  if (!ids.has(scenario.start)) {
    findings.push({
      severity: 'error',
      path: ['start'],
      message: {
        de: `den Startknoten „${scenario.start}“ gibt es nicht`,
        en: `the start node "${scenario.start}" does not exist`,
      },
    });
    return findings;
  }
  for (const e of edges) {
    if (!ids.has(e.to)) {
      findings.push({
        severity: 'error',
        path: e.path,
        message: {
          de: `führt zu „${e.to}“, aber einen Knoten mit dieser id gibt es nicht`,
          en: `leads to "${e.to}", but there is no node with that id`,
        },
      });
    }
  }

  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const id of ids) {
    out.set(id, []);
    into.set(id, []);
  }
  for (const e of edges) {
    if (!ids.has(e.to)) continue;
    out.get(e.from)?.push(e.to);
    into.get(e.to)?.push(e.from);
  }

  const reachable = closure([scenario.start], out);
  for (const id of ids) {
    if (!reachable.has(id))
      findings.push({
        severity: 'error',
        path: ['nodes', id],
        message: {
          de: 'dieser Knoten ist vom Start aus nie erreichbar',
          en: 'this node can never be reached from the start',
        },
      });
  }

  const endings = [...ids].filter((id) => scenario.nodes[id]?.ending !== undefined);
  const canFinish = closure(endings, into);
  if (!canFinish.has(scenario.start)) {
    findings.push({
      severity: 'error',
      path: ['start'],
      message: { de: 'vom Start aus ist kein Ende erreichbar', en: 'no ending can be reached from the start' },
    });
  }
  for (const id of ids) {
    if (!reachable.has(id) || canFinish.has(id)) continue;
    const loops = closure(out.get(id) ?? [], out).has(id);
    findings.push({
      severity: 'error',
      path: ['nodes', id],
      message: loops
        ? {
            de: 'dieser Knoten liegt in einer Schleife ohne Ausweg: von hier ist kein Ende erreichbar',
            en: 'this node is part of a loop with no way out: no ending can be reached from here',
          }
        : {
            de: 'Sackgasse: von diesem Knoten ist kein Ende erreichbar',
            en: 'dead end: no ending can be reached from this node',
          },
    });
  }
  return findings;
}

function closure(from: readonly string[], adjacency: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of adjacency.get(id) ?? []) stack.push(n);
  }
  return seen;
}
