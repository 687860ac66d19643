import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Locale } from '../core/scenario/vocabulary';
import { shortLabel, type Timeline } from './team-chart-data';

/*
 * The team's charts (recharts). This module is loaded on demand from the trainer page, so the
 * chart library never lands in the bundle a trainee's headset loads. The charts are a picture of
 * the tables beside them: hidden from screen readers, which read the tables instead.
 */

/** Eight colours that stay apart for common colour-vision deficiencies (after Okabe–Ito, darkened for white). */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#5b3a8c', '#444444'];
/** Stacked parts: a strong blue for the part that counts (finished), a light orange for the rest. */
const PARTS = ['#0072b2', '#e69f00'];
const AXIS = { fontSize: 12, fill: '#4a5568' };
const LABEL_STYLE = { fontSize: 12, fill: '#4a5568', fontWeight: 600 };

export function weekLabel(week: string, locale: Locale): string {
  const date = new Date(`${week}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return week;
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

export interface LineTexts {
  week: string;
  score: string;
}

/** Average overall score per week, one line per scenario or pseudonym. */
export function ScoreLineChart({ data, texts, locale }: { data: Timeline; texts: LineTexts; locale: Locale }) {
  return (
    <div className="team-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={360}>
        <LineChart data={data.rows} margin={{ top: 8, right: 24, bottom: 28, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            dataKey="week"
            tick={AXIS}
            tickFormatter={(w: string) => weekLabel(w, locale)}
            label={{ value: texts.week, position: 'insideBottom', offset: -16, style: LABEL_STYLE }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tick={AXIS}
            width={56}
            label={{ value: texts.score, angle: -90, position: 'insideLeft', offset: 10, style: LABEL_STYLE }}
          />
          <Tooltip labelFormatter={(w) => weekLabel(String(w), locale)} />
          {/* No fixed height: the legend takes as many rows as the names need, the plot what is left. */}
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 13, paddingBottom: 8 }} />
          {data.series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={shortLabel(s.label, 30)}
              stroke={PALETTE[i % PALETTE.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface BarTexts {
  /** The value axis. */
  value: string;
  /** Names of the stacked parts, in the order of `parts`. */
  parts: { key: string; name: string }[];
}

/** Horizontal bars (the labels are long scenario titles), optionally stacked. */
export function LabelBarChart({
  rows,
  texts,
}: {
  rows: readonly ({ key: string; label: string } & Record<string, string | number>)[];
  texts: BarTexts;
}) {
  // A bar per row (room for a label of two lines) plus the legend and the value axis.
  const height = Math.max(160, rows.length * 40 + 100);
  const stacked = texts.parts.length > 1;
  return (
    <div className="team-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={[...rows]}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 28, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            tick={AXIS}
            label={{ value: texts.value, position: 'insideBottom', offset: -16, style: LABEL_STYLE }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={230}
            tick={AXIS}
            interval={0}
            // The tick wraps at the axis width: up to two lines of about 30 characters.
            tickFormatter={(label: string) => shortLabel(label, 58)}
          />
          <Tooltip />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 13, paddingBottom: 8 }} />
          {texts.parts.map((part, i) => (
            <Bar
              key={part.key}
              dataKey={part.key}
              name={part.name}
              stackId={stacked ? 'all' : undefined}
              fill={PARTS[i % PARTS.length]}
              barSize={20}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
