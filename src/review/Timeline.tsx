import { useEffect, useRef } from 'react';
import type { Locale } from '../core/scenario/vocabulary';
import { text } from '../i18n/define-texts';
import { KEY_MOMENT_LABELS } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { playhead } from './replay-playhead';
import { reviewStore, SPEEDS, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { formatDuration } from './session-list';
import { TimelineLegend } from './TimelineLegend';
import type { TimelineMarker } from './timeline-markers';
import { VoiceToggle } from './VoiceToggle';

export interface TimelineProps {
  locale: Locale;
  markers: readonly TimelineMarker[];
  durationMs: number;
  /** The session was held in voice mode: the timeline gets a lane for the voice moments. */
  voice?: boolean;
}

/** What a marker says in its tooltip and accessible name (plain text). */
function markerLabel(marker: TimelineMarker, locale: Locale): string {
  const time = formatDuration(marker.at);
  switch (marker.kind) {
    case 'choice':
      return `${text(REVIEW_TEXTS, 'choice', locale)} ${marker.ordinal} (${time}): ${marker.text}`;
    case 'moment':
      return `${text(KEY_MOMENT_LABELS, marker.moment, locale)} (${time})`;
    case 'mood-peak':
      return `${text(REVIEW_TEXTS, 'moodPeak', locale)} ${marker.mood.anger} (${time})`;
    case 'voice':
      return `${text(REVIEW_TEXTS, 'voiceMoment', locale)} (${time}): ${marker.what[locale]}`;
    case 'note':
      return `${marker.author} (${time}): ${marker.text}`;
  }
}

/**
 * Play/pause, speed, the voice toggle, and the timeline: a range input to seek anywhere (mouse, touch, arrow
 * keys), with markers above it in one lane per kind — choices, key moments, anger peaks, voice
 * moments (voice mode), notes,
 * so a choice and the key moment at the same instant are both clickable — each a button that
 * seeks to its moment. The slider and the time follow the playhead through a
 * requestAnimationFrame loop writing to the DOM directly, so playback re-renders no React.
 */
export function Timeline({ locale, markers, durationMs, voice = false }: TimelineProps) {
  const reviewText = useText(REVIEW_TEXTS);
  const playing = useReview((s) => s.playing);
  const speed = useReview((s) => s.speed);
  const slider = useRef<HTMLInputElement>(null);
  const time = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    let frame = 0;
    let shown = -1;
    const follow = () => {
      const t = Math.round(playhead.timeMs);
      if (t !== shown && slider.current && time.current) {
        shown = t;
        // Not while the trainer drags it: the input owns its value then.
        if (document.activeElement !== slider.current || !playing) slider.current.value = String(t);
        time.current.textContent = `${formatDuration(t)} / ${formatDuration(durationMs)}`;
      }
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [durationMs, playing]);
  const { seek, setPlaying, setSpeed } = reviewStore.getState();
  return (
    <section className="review-timeline" aria-label={reviewText('timeline')}>
      <div className="review-transport">
        <button type="button" className="primary" onClick={() => setPlaying(!playing)}>
          {playing ? reviewText('pause') : reviewText('play')}
        </button>
        <label>
          {reviewText('speed')}{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s.toLocaleString(locale)}×
              </option>
            ))}
          </select>
        </label>
        <VoiceToggle />
        <output ref={time} className="review-time" />
      </div>
      <div className="review-track" data-voice-lane={voice || undefined}>
        <ol className="review-markers">
          {markers.map((m, i) => (
            // Markers of one session keep their order; index plus time identifies them.
            <li
              key={`${m.kind}-${m.at}-${i}`}
              data-kind={m.kind}
              style={{ left: `${(m.at / Math.max(1, durationMs)) * 100}%` }}
            >
              <button
                type="button"
                className={`review-marker review-marker-${m.kind}`}
                data-marker={m.kind}
                data-at={m.at}
                title={markerLabel(m, locale)}
                aria-label={markerLabel(m, locale)}
                onClick={() => seek(m.at)}
              />
            </li>
          ))}
        </ol>
        <input
          ref={slider}
          type="range"
          min={0}
          max={durationMs}
          step={100}
          defaultValue={0}
          aria-label={reviewText('playhead')}
          onInput={(e) => seek(Number(e.currentTarget.value))}
        />
      </div>
      <TimelineLegend markers={markers} voice={voice} />
    </section>
  );
}
