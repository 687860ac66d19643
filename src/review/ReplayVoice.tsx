import { useEffect } from 'react';
import { createWebSpeechBackend, hasVoiceFor } from '../speech/web-speech';
import {
  createReplaySpeaker,
  interruptReplayVoice,
  replayVoiceStore,
  setReplaySpeaker,
  type VoiceHints,
} from './replay-voice';

export interface ReplayVoiceProps {
  hints: VoiceHints;
  /** The BCP 47 language to speak: the scenario's voice for the session's locale. */
  lang: string;
}

/** Browsers that load voices late (Chrome) report none at first; after this long, none means none. */
const VOICES_GRACE_MS = 1500;

/**
 * Connects the opened replay to the browser's speech synthesis; renders nothing. It installs the
 * speaker the replay driver uses, tells the voice toggle whether a voice exists for the language
 * (voices may arrive late, on `voiceschanged`), and silences the voice when the page is hidden or
 * left and when the replay closes (unmount).
 */
export function ReplayVoice({ hints, lang }: ReplayVoiceProps) {
  useEffect(() => {
    const synth: SpeechSynthesis | undefined = globalThis.speechSynthesis;
    const backend = createWebSpeechBackend(synth);
    if (!synth || !backend) {
      replayVoiceStore.setState({ availability: 'no-synthesis', lang });
      return () => replayVoiceStore.setState({ availability: 'unknown' });
    }
    let settled = false;
    const check = () => {
      const ready = hasVoiceFor(lang, synth);
      settled ||= ready || synth.getVoices().length > 0;
      replayVoiceStore.setState({ availability: ready ? 'ready' : settled ? 'no-voice' : 'unknown', lang });
    };
    const grace = setTimeout(() => {
      settled = true;
      check();
    }, VOICES_GRACE_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') interruptReplayVoice();
    };
    check();
    synth.addEventListener('voiceschanged', check);
    window.addEventListener('pagehide', interruptReplayVoice);
    document.addEventListener('visibilitychange', onVisibility);
    setReplaySpeaker(createReplaySpeaker(backend, hints, lang));
    return () => {
      clearTimeout(grace);
      synth.removeEventListener('voiceschanged', check);
      window.removeEventListener('pagehide', interruptReplayVoice);
      document.removeEventListener('visibilitychange', onVisibility);
      setReplaySpeaker(null);
      replayVoiceStore.setState({ availability: 'unknown' });
    };
  }, [hints, lang]);
  return null;
}
