import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { conversationGraph } from '../../../src/core/scenario/graph-model';
import { repoPath } from '../../support/scenarios';

const graphOf = (fixture: string) =>
  conversationGraph(parse(readFileSync(repoPath(`tests/fixtures/scenes/${fixture}`), 'utf8')));

describe('the conversation graph of the editor', () => {
  it('places nodes in layers by distance from the start and marks endings with their outcome', () => {
    const graph = conversationGraph({
      start: 'a',
      nodes: {
        a: {
          responses: [
            { id: 'yes', next: 'b' },
            { id: 'no', next: [{ if: 'anger > 5', to: 'end' }, { to: 'b' }] },
          ],
        },
        b: { next: 'end' },
        end: { ending: { outcome: 'resolved' } },
      },
    });
    const at = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
    expect([at.a?.layer, at.b?.layer, at.end?.layer]).toEqual([0, 1, 1]);
    expect(at.a?.start).toBe(true);
    expect(at.end?.kind).toBe('ending');
    expect(at.end?.outcome).toBe('resolved');
    expect(graph.edges.filter((e) => e.kind === 'response').map((e) => `${e.label}:${e.to}`)).toEqual([
      'yes:b',
      'no:end',
      'no:b',
    ]);
    expect(graph.nodes.some((n) => n.unreachable || n.deadEnd)).toBe(false);
  });

  it('marks the unreachable node of the checker fixture, in a layer after the reached ones', () => {
    const graph = graphOf('invalid/unreachable-node.yaml');
    const unreachable = graph.nodes.filter((n) => n.unreachable);
    expect(unreachable.length).toBeGreaterThan(0);
    const deepestReached = Math.max(...graph.nodes.filter((n) => !n.unreachable).map((n) => n.layer));
    for (const n of unreachable) expect(n.layer).toBe(deepestReached + 1);
  });

  it('marks dead ends and loops without exit, and edges to missing nodes', () => {
    expect(graphOf('invalid/dead-end.yaml').nodes.filter((n) => n.deadEnd).length).toBeGreaterThan(0);
    expect(graphOf('invalid/loop-without-exit.yaml').nodes.filter((n) => n.deadEnd).length).toBeGreaterThan(0);
    expect(
      graphOf('invalid/unknown-target.yaml')
        .edges.filter((e) => e.missing)
        .map((e) => e.to),
    ).toEqual(['lefft']);
    expect(graphOf('valid/minimal.yaml').nodes.some((n) => n.deadEnd || n.unreachable)).toBe(false);
  });

  it('draws nothing for data that is no scenario', () => {
    expect(conversationGraph(null)).toEqual({ nodes: [], edges: [], layers: 0 });
    expect(conversationGraph({ nodes: 'x' }).nodes).toEqual([]);
  });
});
