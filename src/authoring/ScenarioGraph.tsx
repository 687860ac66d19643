import type { ConversationGraph, GraphEdge, GraphNode } from '../core/scenario/graph-model';
import { useText } from '../i18n/use-text';
import { AUTHORING_TEXT } from './authoring-texts';

const W = 150;
const H = 38;
const GAP_X = 60;
const GAP_Y = 18;
const PAD = 16;

const x = (n: GraphNode) => PAD + n.layer * (W + GAP_X);
const y = (n: GraphNode) => PAD + n.order * (H + GAP_Y);

/** Endings by how they went: agreed (green), handed on (amber), broken off (red). */
const OUTCOME_CLASS: Readonly<Record<string, string>> = {
  resolved: 'good',
  follow_up_agreed: 'good',
  escalated_to_supervisor: 'mixed',
  customer_left_undecided: 'mixed',
  relationship_ended: 'poor',
  customer_left_angry: 'poor',
};

function edgePath(from: GraphNode, to: GraphNode): string {
  const x1 = x(from) + W;
  const y1 = y(from) + H / 2;
  const x2 = x(to);
  const y2 = y(to) + H / 2;
  if (to.layer > from.layer) {
    const mid = (x1 + x2) / 2;
    return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
  }
  // Back or sideways (a loop, or a node of the same layer): arc below the boxes.
  const low = Math.max(y(from), y(to)) + H + GAP_Y * 0.8;
  return `M${x(from) + W / 2},${y(from) + H} C${x(from) + W / 2},${low} ${x(to) + W / 2},${low} ${x(to) + W / 2},${y(to) + H}`;
}

export interface ScenarioGraphProps {
  graph: ConversationGraph;
  onSelect(nodeId: string): void;
}

/**
 * The conversation as a layered drawing: one column per step from the start, answers as arrows
 * (labelled with the answer's id), endings coloured by their outcome, nodes the start never reaches
 * outlined red in a last column, dead ends dashed. A node is a button that jumps to its text.
 * Node ids come from the file and are drawn as SVG text, never as markup.
 */
export function ScenarioGraph({ graph, onSelect }: ScenarioGraphProps) {
  const t = useText(AUTHORING_TEXT);
  if (graph.nodes.length === 0) return <p className="records-empty">{t('graphEmpty')}</p>;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const rows = Math.max(...graph.nodes.map((n) => n.order + 1));
  const width = PAD * 2 + graph.layers * W + (graph.layers - 1) * GAP_X;
  const height = PAD * 2 + rows * H + rows * GAP_Y + GAP_Y;
  // Two branches of one answer to the same node are one arrow.
  const seen = new Set<string>();
  const drawn = graph.edges.filter((e): e is GraphEdge => {
    const key = `${e.from}\u0000${e.to}\u0000${e.label ?? e.kind}`;
    if (e.missing || !byId.has(e.from) || !byId.has(e.to) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <div className="scenario-graph">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <title>{t('graphHeading')}</title>
        <defs>
          <marker
            id="graph-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="graph-arrow" />
          </marker>
        </defs>
        {drawn.map((e, i) => {
          const from = byId.get(e.from) as GraphNode;
          const to = byId.get(e.to) as GraphNode;
          return (
            <g key={`${e.from}-${e.to}-${i}`} className="graph-edge" data-kind={e.kind}>
              <path d={edgePath(from, to)} markerEnd="url(#graph-arrow)" />
              {e.label && to.layer > from.layer && (
                // At the middle of the arrow, where arrows from one node to different nodes have parted.
                <text x={(x(from) + W + x(to)) / 2} y={(y(from) + y(to) + H) / 2 - 3} textAnchor="middle">
                  {e.label}
                </text>
              )}
            </g>
          );
        })}
        {graph.nodes.map((n) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it gets the role, a name and the keys instead
          <g
            key={n.id}
            className="graph-node"
            data-node={n.id}
            data-kind={n.kind}
            data-outcome={n.outcome ? (OUTCOME_CLASS[n.outcome] ?? 'mixed') : undefined}
            data-unreachable={n.unreachable || undefined}
            data-dead-end={n.deadEnd || undefined}
            role="button"
            tabIndex={0}
            aria-label={`${n.id}${n.start ? ` (${t('startNode')})` : ''}${n.unreachable ? ` – ${t('unreachable')}` : ''}${n.deadEnd ? ` – ${t('deadEnd')}` : ''}`}
            onClick={() => onSelect(n.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(n.id);
              }
            }}
          >
            <rect x={x(n)} y={y(n)} width={W} height={H} rx={n.kind === 'ending' ? 18 : 6} />
            <text x={x(n) + W / 2} y={y(n) + H / 2 + 5} textAnchor="middle">
              {n.start ? '▶ ' : ''}
              {n.id.length > 20 ? `${n.id.slice(0, 19)}…` : n.id}
            </text>
            <title>{n.outcome ? `${n.id}: ${n.outcome}` : n.id}</title>
          </g>
        ))}
      </svg>
      <ul className="graph-legend">
        <li data-legend="good">resolved / follow_up_agreed</li>
        <li data-legend="mixed">escalated_to_supervisor / customer_left_undecided</li>
        <li data-legend="poor">relationship_ended / customer_left_angry</li>
        <li data-legend="unreachable">{t('unreachable')}</li>
        <li data-legend="dead-end">{t('deadEnd')}</li>
      </ul>
    </div>
  );
}
