import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * What the customer is saying right now, at line granularity (a few changes per beat, so it may
 * live in a store). Per-frame mouth weights do NOT live here: see `mouth.ts`.
 */
export interface SpeechStoreState {
  /** Identifies the beat being spoken (changes when the engine moves on). */
  beatKey: string;
  /** Index of the line being spoken within the beat's lines; −1 before the first / after the last. */
  lineIndex: number;
  speaking: boolean;
  /** Whether a Web Speech voice speaks the lines, or they are timed from the text. */
  voice: 'web-speech' | 'timed';
}

export const speechStore = createStore<SpeechStoreState>()(() => ({ beatKey: '', lineIndex: -1, speaking: false, voice: 'timed' }));

export function useSpeech<T>(selector: (s: SpeechStoreState) => T): T {
  return useStore(speechStore, selector);
}
