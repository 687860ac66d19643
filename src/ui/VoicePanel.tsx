import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../core/scenario/vocabulary';
import { activeCapture, skipVoiceWait } from '../voice/voice-session';
import { voiceStore } from '../voice/voice-store';
import { VOICE_FAILURE_TEXT, VOICE_TEXT } from '../voice/voice-texts';

/** The microphone level as a bar, updated per animation frame through a ref (never React state). */
function LevelMeter() {
  const bar = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let frame = 0;
    const draw = () => {
      const capture = activeCapture();
      const level = capture ? capture.level() : -100;
      // −60 dBFS → empty, −10 dBFS → full.
      const fill = Math.min(1, Math.max(0, (level + 60) / 50));
      if (bar.current) bar.current.style.transform = `scaleX(${fill.toFixed(3)})`;
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <span className="voice-level" aria-hidden="true">
      <span ref={bar} />
    </span>
  );
}

/**
 * Voice mode in the conversation: the microphone indicator with its privacy line, the calibration
 * sentence, the prompt to say the picked answer, and the one-time notice when there is no microphone.
 */
export function VoicePanel({ locale }: { locale: Locale }) {
  const enabled = useStore(voiceStore, (s) => s.enabled);
  const phase = useStore(voiceStore, (s) => s.phase);
  const status = useStore(voiceStore, (s) => s.status);
  const notice = useStore(voiceStore, (s) => s.notice);
  if (!enabled) return null;
  return (
    <aside className="voice-panel" aria-label={VOICE_TEXT.voice[locale]} data-voice-phase={phase} data-voice-status={status ?? 'asking'}>
      {notice && (
        <p className="voice-notice" role="alert">
          {VOICE_FAILURE_TEXT[notice][locale]}{' '}
          <button type="button" className="quiet" onClick={() => voiceStore.getState().dismissNotice()}>
            OK
          </button>
        </p>
      )}
      {phase === 'asking' && <p role="status">{VOICE_TEXT.asking[locale]}</p>}
      {status === 'measured' && phase !== 'off' && (
        <p className="voice-indicator" title={VOICE_TEXT.privacy[locale]}>
          <span className="voice-dot" aria-hidden="true" /> {VOICE_TEXT.micOn[locale]} <LevelMeter />
          <small>{VOICE_TEXT.privacy[locale]}</small>
        </p>
      )}
      {phase === 'calibrating' && (
        <div className="voice-calibration" role="dialog" aria-label={VOICE_TEXT.calibrateTitle[locale]}>
          <h2>{VOICE_TEXT.calibrateTitle[locale]}</h2>
          <p>{VOICE_TEXT.calibrateHint[locale]}</p>
          <blockquote>{VOICE_TEXT.calibrateSentence[locale]}</blockquote>
          <button type="button" onClick={skipVoiceWait}>
            {VOICE_TEXT.skip[locale]}
          </button>
        </div>
      )}
      {phase === 'answering' && (
        <div className="voice-answering" role="status">
          <p>{VOICE_TEXT.sayIt[locale]}</p>
          <button type="button" onClick={skipVoiceWait}>
            {VOICE_TEXT.done[locale]}
          </button>
        </div>
      )}
    </aside>
  );
}
