import type { Scenario } from './schema';
import type { Outcome } from './vocabulary';
import { nodeEdges } from './walk.ts';

export interface ScenarioStats {
  /** The most decisions on any path from the start to an ending that visits no node twice. */
  longestPath: number;
  /** The distinct ending outcomes the graph contains. */
  outcomes: Outcome[];
  decisions: number;
}

/** Figures for the start menu and the checker: length of the longest path and the endings. */
export function countDecisions(scenario: Scenario): ScenarioStats {
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  // Depth-first over simple paths; scenarios are small (tens of nodes), and the memo is only used
  // for nodes whose subtree does not loop back into the current path.
  const longest = (id: string): number => {
    const node = scenario.nodes[id];
    if (!node || onPath.has(id)) return Number.NEGATIVE_INFINITY;
    if (node.ending) return 0;
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    onPath.add(id);
    let best = Number.NEGATIVE_INFINITY;
    for (const e of nodeEdges(id, node)) best = Math.max(best, longest(e.to));
    onPath.delete(id);
    const value = best + (node.responses ? 1 : 0);
    memo.set(id, value);
    return value;
  };
  const outcomes = [...new Set(Object.values(scenario.nodes).flatMap((n) => (n.ending ? [n.ending.outcome] : [])))];
  const decisions = Object.values(scenario.nodes).filter((n) => n.responses).length;
  const value = longest(scenario.start);
  return { longestPath: Number.isFinite(value) ? value : 0, outcomes, decisions };
}
