import { DEBRIEF_TEXTS, type DebriefTextKey } from '../i18n/debrief-texts';
import { useText } from '../i18n/use-text';
import type { TimelineMarker } from './timeline-markers';

/** The timeline's lanes top to bottom, each with its marker's look and name. */
const LANES: readonly { kind: TimelineMarker['kind']; label: DebriefTextKey }[] = [
  { kind: 'choice', label: 'legendChoice' },
  { kind: 'moment', label: 'legendMoment' },
  { kind: 'mood-peak', label: 'legendPeak' },
  { kind: 'voice', label: 'legendVoice' },
  { kind: 'note', label: 'legendNote' },
];

/** The lanes a session's timeline shows: the voice lane only for sessions held in voice mode. */
export function timelineLanes(voice: boolean): readonly { kind: TimelineMarker['kind']; label: DebriefTextKey }[] {
  return voice ? LANES : LANES.filter((lane) => lane.kind !== 'voice');
}

/**
 * What the timeline's marks mean: a dot per answer, a diamond per key moment, a red dot per anger
 * peak, a triangle per voice moment (voice mode only), a square per trainer note, one lane each,
 * with how many there are — so an empty lane reads as "none of these", not as a fault.
 */
export function TimelineLegend({ markers, voice = false }: { markers: readonly TimelineMarker[]; voice?: boolean }) {
  const text = useText(DEBRIEF_TEXTS);
  return (
    <ul className="review-legend" aria-label={text('legend')} title={text('legendEmpty')}>
      {timelineLanes(voice).map(({ kind, label }) => (
        <li key={kind} data-lane={kind}>
          <span className={`review-marker review-marker-${kind} review-legend-mark`} aria-hidden="true" />
          {text(label)} ({markers.filter((m) => m.kind === kind).length})
        </li>
      ))}
    </ul>
  );
}
