import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../core/scenario/vocabulary';
import { useText } from '../i18n/use-text';
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
  const voiceText = useText(VOICE_TEXT);
  const enabled = useStore(voiceStore, (s) => s.enabled);
  const phase = useStore(voiceStore, (s) => s.phase);
  const status = useStore(voiceStore, (s) => s.status);
  const notice = useStore(voiceStore, (s) => s.notice);
  const calibrated = useStore(voiceStore, (s) => s.baseline !== null);
  const answers = useStore(voiceStore, (s) => s.answers.length);
  if (!enabled) return null;
  return (
    <aside
      className="voice-panel"
      aria-label={voiceText('voice')}
      data-voice-phase={phase}
      data-voice-status={status ?? 'asking'}
      data-voice-baseline={calibrated ? 'measured' : 'none'}
      data-voice-answers={answers}
    >
      {notice && (
        <p className="voice-notice" role="alert">
          {VOICE_FAILURE_TEXT[notice][locale]}{' '}
          <button type="button" className="quiet" onClick={() => voiceStore.getState().dismissNotice()}>
            OK
          </button>
        </p>
      )}
      {phase === 'asking' && <p role="status">{voiceText('asking')}</p>}
      {status === 'measured' && phase !== 'off' && (
        <p className="voice-indicator" title={voiceText('privacy')}>
          <span className="voice-dot" aria-hidden="true" /> {voiceText('micOn')} <LevelMeter />
          <small>{voiceText('privacy')}</small>
        </p>
      )}
      {phase === 'calibrating' && (
        <div className="voice-calibration" role="dialog" aria-label={voiceText('calibrateTitle')}>
          <h2>{voiceText('calibrateTitle')}</h2>
          <p>{voiceText('calibrateHint')}</p>
          <blockquote>{voiceText('calibrateSentence')}</blockquote>
          <button type="button" onClick={skipVoiceWait}>
            {voiceText('skip')}
          </button>
        </div>
      )}
      {phase === 'answering' && (
        <div className="voice-answering" role="status">
          <p>{voiceText('sayIt')}</p>
          <button type="button" onClick={skipVoiceWait}>
            {voiceText('done')}
          </button>
        </div>
      )}
    </aside>
  );
}
