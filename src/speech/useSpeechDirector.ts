import { useEffect } from 'react';
import { sessionStore } from '../state/session';
import { SpeechDirector } from './speech-director';
import { createWebSpeechBackend } from './web-speech';

/** Runs the speech director while a conversation is on screen; renders nothing. */
export function useSpeechDirector(): void {
  useEffect(() => {
    const director = new SpeechDirector(sessionStore, createWebSpeechBackend());
    return () => director.dispose();
  }, []);
}
