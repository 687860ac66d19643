import { useId } from 'react';
import { useText } from '../i18n/use-text';
import { replayVoiceStore, useReplayVoice } from './replay-voice';
import { REVIEW_TEXTS } from './review-texts';

/** Takes no props: texts follow the current language. */
export type VoiceToggleProps = Record<string, never>;

/**
 * Switches the replay's voice on or off (remembered on this device). Disabled, with the reason
 * beside it, where the browser has no speech synthesis or no voice for the session's language.
 */
export function VoiceToggle() {
  const reviewText = useText(REVIEW_TEXTS);
  const on = useReplayVoice((s) => s.on);
  const availability = useReplayVoice((s) => s.availability);
  const lang = useReplayVoice((s) => s.lang);
  const reasonId = useId();
  const ready = availability === 'ready';
  const reason =
    availability === 'no-synthesis'
      ? reviewText('voiceNoSynthesis')
      : availability === 'no-voice'
        ? `${reviewText('voiceNoVoice')} ${lang}.`
        : null;
  return (
    <span className="review-voice">
      <button
        type="button"
        aria-pressed={ready && on}
        disabled={!ready}
        title={reason ?? reviewText('voiceHint')}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => replayVoiceStore.getState().setOn(!on)}
      >
        {reviewText('voice')}
      </button>
      {reason && <small id={reasonId}>{reason}</small>}
    </span>
  );
}
