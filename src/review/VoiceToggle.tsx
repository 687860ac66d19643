import { useId } from 'react';
import type { Locale } from '../core/scenario/vocabulary';
import { replayVoiceStore, useReplayVoice } from './replay-voice';
import { REVIEW_TEXTS } from './review-texts';
import { text } from '../i18n/define-texts';

export interface VoiceToggleProps {
  locale: Locale;
}

/**
 * Switches the replay's voice on or off (remembered on this device). Disabled, with the reason
 * beside it, where the browser has no speech synthesis or no voice for the session's language.
 */
export function VoiceToggle({ locale }: VoiceToggleProps) {
  const on = useReplayVoice((s) => s.on);
  const availability = useReplayVoice((s) => s.availability);
  const lang = useReplayVoice((s) => s.lang);
  const reasonId = useId();
  const ready = availability === 'ready';
  const reason =
    availability === 'no-synthesis'
      ? text(REVIEW_TEXTS, 'voiceNoSynthesis', locale)
      : availability === 'no-voice'
        ? `${text(REVIEW_TEXTS, 'voiceNoVoice', locale)} ${lang}.`
        : null;
  return (
    <span className="review-voice">
      <button
        type="button"
        aria-pressed={ready && on}
        disabled={!ready}
        title={reason ?? text(REVIEW_TEXTS, 'voiceHint', locale)}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => replayVoiceStore.getState().setOn(!on)}
      >
        {text(REVIEW_TEXTS, 'voice', locale)}
      </button>
      {reason && <small id={reasonId}>{reason}</small>}
    </span>
  );
}
