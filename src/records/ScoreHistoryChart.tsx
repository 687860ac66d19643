import type { Locale } from '../core/scenario/vocabulary';
import { formatWhen } from '../recording/records-texts';
import type { SessionSummary } from '../storage/session-repository';

export interface ScoreHistoryChartProps {
  /** One scenario's attempts, oldest first. */
  attempts: readonly SessionSummary[];
  locale: Locale;
  /** The chart's accessible name. */
  label: string;
}

const W = 560;
const H = 170;
const PAD = { left: 34, right: 14, top: 12, bottom: 26 };
const BANDS = [0, 50, 70, 100] as const;

/**
 * The overall score of each attempt, in order, as a line with dots (an SVG; no chart library).
 * Attempts are spaced evenly rather than by date: practice comes in bursts, and the question is
 * "did it get better from one try to the next". Each dot's tooltip names date and score.
 */
export function ScoreHistoryChart({ attempts, locale, label }: ScoreHistoryChartProps) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (attempts.length === 1 ? innerW / 2 : (i * innerW) / (attempts.length - 1));
  const y = (score: number) => PAD.top + innerH - (Math.max(0, Math.min(100, score)) / 100) * innerH;
  const points = attempts.map((a, i) => `${x(i).toFixed(1)},${y(a.scores.overall).toFixed(1)}`).join(' ');
  return (
    <figure className="score-history">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {BANDS.map((b) => (
          <g key={b}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(b)} y2={y(b)} />
            <text className="axis" x={PAD.left - 6} y={y(b) + 4} textAnchor="end">
              {b}
            </text>
          </g>
        ))}
        {attempts.length > 1 && <polyline className="score-line" points={points} fill="none" />}
        {attempts.map((a, i) => (
          <g key={a.id}>
            <circle className="score-dot" cx={x(i)} cy={y(a.scores.overall)} r={5} data-score={a.scores.overall}>
              <title>{`${formatWhen(a.startedAt, locale)}: ${a.scores.overall}`}</title>
            </circle>
            <text className="axis" x={x(i)} y={H - 8} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
