import { useEffect } from 'react';
import { SpeechDirector } from '../speech/speech-director';
import { createWebSpeechBackend } from '../speech/web-speech';
import { loadingStore, stageReady } from '../state/loading-store';
import { sessionStore } from '../state/session';

/** Runs the speech director while a conversation is on screen, holding the voice until the customer is on stage; renders nothing. */
export function useSpeechDirector(): void {
  useEffect(() => {
    const director = new SpeechDirector(sessionStore, createWebSpeechBackend(), undefined, {
      ready: () => stageReady(),
      subscribe: (listener) =>
        loadingStore.subscribe((s, prev) => {
          if (stageReady(s) !== stageReady(prev)) listener();
        }),
    });
    return () => director.dispose();
  }, []);
}
