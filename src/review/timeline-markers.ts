import type { TrainerNote } from '../core/recording/schema';
import type { Mood } from '../core/scenario/vocabulary';
import type { KeyMomentKind } from '../core/scoring/key-moments';
import type { FeedbackReport } from '../core/scoring/report';
import type { VoiceFeedback } from '../core/voice/feedback';
import type { ChoiceMoment } from './replay-model';

/** Anger at or above this counts as a peak worth a marker even when the customer started angrier. */
export const MOOD_PEAK_ANGER = 60;

/** A mark on the review timeline; clicking it seeks to `at` (session ms). */
export type TimelineMarker =
  | { kind: 'choice'; at: number; ordinal: number; text: string }
  | { kind: 'moment'; at: number; moment: KeyMomentKind }
  | { kind: 'mood-peak'; at: number; mood: Mood }
  /** An answer whose voice rose, got louder or sped up against the trainee's own baseline. */
  | { kind: 'voice'; at: number; what: VoiceFeedback['moments'][number]['what'] }
  | { kind: 'note'; at: number; text: string; author: string };

/**
 * Where the customer's anger peaked: local maxima of anger in the mood timeline (a rise before,
 * no rise after) that go above the starting anger or reach MOOD_PEAK_ANGER. A plateau counts once.
 */
export function moodPeaks(timeline: readonly { at: number; mood: Mood }[]): { at: number; mood: Mood }[] {
  const start = timeline[0]?.mood.anger ?? 0;
  const peaks: { at: number; mood: Mood }[] = [];
  for (let i = 1; i < timeline.length; i++) {
    const here = (timeline[i] as { mood: Mood }).mood.anger;
    const before = (timeline[i - 1] as { mood: Mood }).mood.anger;
    const after = timeline[i + 1]?.mood.anger ?? Number.NEGATIVE_INFINITY;
    if (here > before && here >= after && (here > start || here >= MOOD_PEAK_ANGER))
      peaks.push(timeline[i] as { at: number; mood: Mood });
  }
  return peaks;
}

/** All markers of a session in time order: choices, key moments, anger peaks, voice moments and trainer notes. */
export function timelineMarkers(
  choices: readonly ChoiceMoment[],
  report: FeedbackReport & { voice?: VoiceFeedback | null },
  notes: readonly TrainerNote[],
): TimelineMarker[] {
  const markers: TimelineMarker[] = [
    ...choices.map((c): TimelineMarker => ({ kind: 'choice', at: c.at, ordinal: c.ordinal, text: c.text })),
    ...report.keyMoments.map((m): TimelineMarker => ({ kind: 'moment', at: m.at, moment: m.kind })),
    ...moodPeaks(report.moodTimeline).map((p): TimelineMarker => ({ kind: 'mood-peak', at: p.at, mood: p.mood })),
    ...(report.voice?.moments ?? []).map((v): TimelineMarker => ({ kind: 'voice', at: v.atMs, what: v.what })),
    ...notes.map((n): TimelineMarker => ({ kind: 'note', at: n.atMs, text: n.text, author: n.author })),
  ];
  // Stable: at the same moment the choice comes first, then what the report says about it.
  return markers.sort((a, b) => a.at - b.at);
}
