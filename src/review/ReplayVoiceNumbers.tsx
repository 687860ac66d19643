import { useEffect, useState } from 'react';
import { lastAtOrBefore } from '../core/math/binary-search';
import type { Locale } from '../core/scenario/vocabulary';
import { answerRows } from '../core/voice/answer-rows';
import { VOICE_STATUS_TEXT } from '../core/voice/feedback';
import type { VoiceAnswer, VoiceRecord } from '../core/voice/schema';
import { useText } from '../i18n/use-text';
import { formatted } from '../ui/VoiceSection';
import { VOICE_TEXT } from '../voice/voice-texts';
import { playhead } from './replay-playhead';
import { REVIEW_TEXTS } from './review-texts';

const answerTime = (answer: VoiceAnswer) => answer.atMs;

/**
 * The spoken answer at the playhead: the last one whose turn began at or before it. Follows the
 * playhead in a requestAnimationFrame loop (a binary search, no allocation) and re-renders only
 * when the answer changes.
 */
function useAnswerAtPlayhead(answers: readonly VoiceAnswer[]): number {
  const [index, setIndex] = useState(-1);
  useEffect(() => {
    let frame = 0;
    let shown = -2;
    const follow = () => {
      const at = lastAtOrBefore(answers, playhead.timeMs, answerTime);
      if (at !== shown) {
        shown = at;
        setIndex(at);
      }
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [answers]);
  return index;
}

/**
 * Beside the replay, for sessions held in voice mode: how the answer at the playhead was said —
 * the six measures from the recording, each against the trainee's voice check, with the ones the
 * debrief counts as „Stimme höher, lauter, schneller“ marked. Numbers only: no audio was kept.
 */
export function ReplayVoiceNumbers({ voice, locale }: { voice: VoiceRecord; locale: Locale }) {
  const reviewText = useText(REVIEW_TEXTS);
  const voiceText = useText(VOICE_TEXT);
  const index = useAnswerAtPlayhead(voice.answers);
  const answer = voice.answers[index];
  return (
    <section
      className="review-voice-numbers"
      aria-label={voiceText('voice')}
      data-voice-answer={answer ? index + 1 : 0}
    >
      <h2>{answer ? reviewText('voiceAnswer', { n: index + 1 }) : voiceText('voice')}</h2>
      {voice.status !== 'measured' ? (
        <p className="review-muted">{VOICE_STATUS_TEXT[voice.status][locale]}</p>
      ) : !answer ? (
        <p className="review-muted">{reviewText('voiceNone')}</p>
      ) : (
        <dl className="review-voice-rows">
          {answerRows(answer.measures, voice.baseline).map((row) => (
            <div
              key={row.id}
              data-measure={row.id}
              data-value={row.value ?? undefined}
              data-raised={row.raised || undefined}
            >
              <dt>{row.label[locale]}</dt>
              <dd>
                {row.value === null ? voiceText('notMeasured') : formatted(row.value, row.unit, locale)}
                {row.relative && <small> ({row.relative[locale]})</small>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
