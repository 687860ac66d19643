import type { Localized } from '../core/scenario/schema';
import type { Locale, Mood, MoodKey } from '../core/scenario/vocabulary';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';

export interface MoodChartProps {
  timeline: { at: number; mood: Mood }[];
  /**
   * Voice mode: the answers where the trainee's voice rose, got louder or sped up (session ms),
   * drawn as marks over the chart; undefined without voice (no marks, no legend entry).
   */
  voiceMoments?: readonly { atMs: number; what: Localized }[];
  locale?: Locale;
}

/** Where a session time falls on the chart's step axis: between the mood changes around it, linearly. */
export function moodStepAt(timeline: readonly { at: number }[], atMs: number): number {
  if (timeline.length === 0) return 0;
  let i = 0;
  while (i + 1 < timeline.length && (timeline[i + 1] as { at: number }).at <= atMs) i++;
  const here = (timeline[i] as { at: number }).at;
  const next = timeline[i + 1]?.at;
  if (atMs <= here || next === undefined || next <= here) return i;
  return i + (atMs - here) / (next - here);
}

const VOICE_MARK = '#7048e8';

const COLOURS: Record<MoodKey, string> = { anger: '#d9480f', trust: '#2b8a3e', patience: '#1c7ed6' };
const W = 560;
const H = 180;
const PAD = 28;

/**
 * The customer's mood over the conversation, one step per change, as an SVG line chart; in voice
 * mode with a mark where the trainee's voice rose, got louder or sped up.
 */
export function MoodChart({ timeline, voiceMoments, locale = 'de' }: MoodChartProps) {
  const uiText = useText(UI);
  const debriefText = useText(DEBRIEF_TEXTS);
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
        {voiceMoments?.map((m) => {
          const at = x(moodStepAt(timeline, m.atMs));
          return (
            <g key={m.atMs} className="voice-mark" data-voice-moment={m.atMs}>
              <title>{`${clock(m.atMs)} – ${m.what[locale]}`}</title>
              <line x1={at} x2={at} y1={y(100)} y2={y(0)} stroke={VOICE_MARK} strokeWidth={2} strokeDasharray="4 3" />
              <polygon
                points={`${at - 6},${y(100) - 2} ${at + 6},${y(100) - 2} ${at},${y(100) - 13}`}
                fill={VOICE_MARK}
              />
            </g>
          );
        })}
      </svg>
      <figcaption>
        {keys.map((k) => (
          <span key={k} className="legend">
            <span className="swatch" style={{ background: COLOURS[k] }} /> {uiText(k)}
          </span>
        ))}
        {voiceMoments && (
          <span className="legend" data-legend="voice">
            <span className="swatch voice-swatch" style={{ background: VOICE_MARK }} /> {debriefText('legendVoice')} (
            {voiceMoments.length})
          </span>
        )}
      </figcaption>
    </figure>
  );
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
