import type { Mood, MoodKey } from '../core/scenario/vocabulary';
import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';

export interface MoodChartProps {
  timeline: { at: number; mood: Mood }[];
}

const COLOURS: Record<MoodKey, string> = { anger: '#d9480f', trust: '#2b8a3e', patience: '#1c7ed6' };
const W = 560;
const H = 180;
const PAD = 28;

/** The customer's mood over the conversation, one step per change, as an SVG line chart. */
export function MoodChart({ timeline }: MoodChartProps) {
  const uiText = useText(UI);
  const n = Math.max(1, timeline.length - 1);
  const x = (i: number) => PAD + ((W - 2 * PAD) * i) / n;
  const y = (v: number) => H - PAD - ((H - 2 * PAD) * v) / 100;
  const keys: MoodKey[] = ['anger', 'trust', 'patience'];
  const describe = keys
    .map((k) => `${uiText(k)}: ${timeline.map((p) => Math.round(p.mood[k])).join(' → ')}`)
    .join('; ');
  return (
    <figure className="mood-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describe}>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD} x2={W - PAD} y1={y(v)} y2={y(v)} className="grid" />
            <text x={4} y={y(v) + 4} className="axis">
              {v}
            </text>
          </g>
        ))}
        {keys.map((k) => (
          <polyline
            key={k}
            fill="none"
            stroke={COLOURS[k]}
            strokeWidth={3}
            strokeLinejoin="round"
            points={timeline.map((p, i) => `${x(i)},${y(p.mood[k])}`).join(' ')}
          />
        ))}
      </svg>
      <figcaption>
        {keys.map((k) => (
          <span key={k} className="legend">
            <span className="swatch" style={{ background: COLOURS[k] }} /> {uiText(k)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
