/**
 * The conversation as a drawable graph, for the trainer's editor. It reads the scenario as plain
 * YAML data, not the checked scenario, so the graph still shows while the file has errors (a dead
 * end or an unreachable node fails the check, and that is exactly when the trainer needs to see
 * it). Nodes are placed in layers by their distance from the start; nodes the start never reaches
 * go into a last layer of their own.
 */

export type GraphNodeKind = 'decision' | 'line' | 'ending' | 'empty';
export type GraphEdgeKind = 'response' | 'next' | 'interrupt' | 'timeout';

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  /** The ending's outcome (`resolved`, `customer_left_angry`, …), for endings only. */
  outcome?: string;
  start: boolean;
  /** The start never leads here. */
  unreachable: boolean;
  /** Reached, but no ending can be reached from here (a dead end or a loop with no way out). */
  deadEnd: boolean;
  layer: number;
  /** Position within its layer, from 0. */
  order: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
  /** The answer's id for answer edges. */
  label?: string;
  /** The target node does not exist. */
  missing: boolean;
}

export interface ConversationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  layers: number;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `next: id` or `next: [{ if, to }, …]`: the targets it names. */
function targets(next: unknown): string[] {
  if (typeof next === 'string') return [next];
  if (Array.isArray(next)) return next.flatMap((b) => (isObject(b) && typeof b.to === 'string' ? [b.to] : []));
  return [];
}

function nodeKind(node: Loose): GraphNodeKind {
  if (node.ending !== undefined) return 'ending';
  if (Array.isArray(node.responses)) return 'decision';
  if (node.next !== undefined) return 'line';
  return 'empty';
}

function outgoing(id: string, node: Loose): Omit<GraphEdge, 'missing'>[] {
  const out: Omit<GraphEdge, 'missing'>[] = [];
  for (const to of targets(node.next)) out.push({ from: id, to, kind: 'next' });
  if (Array.isArray(node.responses)) {
    node.responses.forEach((r, i) => {
      if (!isObject(r)) return;
      const label = typeof r.id === 'string' ? r.id : `#${i + 1}`;
      for (const to of targets(r.next)) out.push({ from: id, to, kind: 'response', label });
    });
  }
  if (isObject(node.interrupt))
    for (const to of targets(node.interrupt.next)) out.push({ from: id, to, kind: 'interrupt' });
  if (isObject(node.onTimeout))
    for (const to of targets(node.onTimeout.next)) out.push({ from: id, to, kind: 'timeout' });
  return out;
}

/** The graph of a scenario's YAML data (`doc.toJS()`); empty when it has no `nodes` map. */
export function conversationGraph(data: unknown): ConversationGraph {
  const root = isObject(data) ? data : {};
  const nodesData = isObject(root.nodes) ? root.nodes : {};
  const ids = Object.keys(nodesData);
  const known = new Set(ids);
  const start = typeof root.start === 'string' ? root.start : undefined;
  const edges: GraphEdge[] = ids.flatMap((id) => {
    const node = nodesData[id];
    return isObject(node) ? outgoing(id, node).map((e) => ({ ...e, missing: !known.has(e.to) })) : [];
  });

  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  const into = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) {
    if (e.missing) continue;
    out.get(e.from)?.push(e.to);
    into.get(e.to)?.push(e.from);
  }

  // Breadth-first from the start: the layer is the fewest steps it takes to get there.
  const layerOf = new Map<string, number>();
  if (start && known.has(start)) {
    layerOf.set(start, 0);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      for (const next of out.get(id) ?? []) {
        if (layerOf.has(next)) continue;
        layerOf.set(next, (layerOf.get(id) ?? 0) + 1);
        queue.push(next);
      }
    }
  }
  const reachedLayers = Math.max(-1, ...layerOf.values()) + 1;

  const kinds = new Map(
    ids.map((id) => [id, isObject(nodesData[id]) ? nodeKind(nodesData[id] as Loose) : ('empty' as const)]),
  );
  const canFinish = new Set<string>();
  const stack = ids.filter((id) => kinds.get(id) === 'ending');
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (canFinish.has(id)) continue;
    canFinish.add(id);
    for (const prev of into.get(id) ?? []) stack.push(prev);
  }

  const perLayer = new Map<number, number>();
  const nodes: GraphNode[] = ids.map((id) => {
    const node = nodesData[id];
    const unreachable = !layerOf.has(id);
    const layer = layerOf.get(id) ?? reachedLayers;
    const order = perLayer.get(layer) ?? 0;
    perLayer.set(layer, order + 1);
    const ending = isObject(node) && isObject(node.ending) ? node.ending : undefined;
    return {
      id,
      kind: kinds.get(id) ?? 'empty',
      ...(ending && typeof ending.outcome === 'string' ? { outcome: ending.outcome } : {}),
      start: id === start,
      unreachable,
      deadEnd: !unreachable && !canFinish.has(id),
      layer,
      order,
    };
  });
  return { nodes, edges, layers: Math.max(reachedLayers, ...nodes.map((n) => n.layer + 1)) };
}
