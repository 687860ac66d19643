import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { VoicedLine } from './voiced-line';

/**
 * What the customer is saying right now, at line granularity (a few changes per beat, so it may
 * live in a store). Per-frame mouth weights do NOT live here: the avatar's live drive samples
 * them from `voiced` each frame (`sampleVoicedLine`) into its own reused object.
 */
export interface SpeechStoreState {
  /** Identifies the beat being spoken (changes when the engine moves on). */
  beatKey: string;
  /** Index of the line being spoken within the beat's lines; −1 before the first / after the last. */
  lineIndex: number;
  speaking: boolean;
  /** The line the voice is saying, for lip-sync (replaced on each word boundary); null in a silence. */
  voiced: VoicedLine | null;
  /** Whether a Web Speech voice speaks the lines, or they are timed from the text. */
  voice: 'web-speech' | 'timed';
}

export const speechStore = createStore<SpeechStoreState>()(() => ({
  beatKey: '',
  lineIndex: -1,
  speaking: false,
  voiced: null,
  voice: 'timed',
}));

export function useSpeech<T>(selector: (s: SpeechStoreState) => T): T {
  return useStore(speechStore, selector);
}
