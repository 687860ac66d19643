/** Speaks one line and reports progress; `speak` returns a function that stops it. */
export interface SpeechBackend {
  readonly kind: 'web-speech' | 'timed';
  speak(line: LineToSpeak, events: LineEvents): () => void;
}

export interface LineToSpeak {
  text: string;
  /** BCP 47 language, e.g. de-DE. */
  lang: string;
  gender: 'female' | 'male' | 'any';
  pitch: number;
  rate: number;
  /** Seconds the line takes by the text-derived duration model. */
  estimatedSeconds: number;
}

export interface LineEvents {
  /** The voice reached the word at `charIndex`, `elapsedSeconds` after the line started. */
  onBoundary(charIndex: number, elapsedSeconds: number): void;
  onEnd(): void;
  /** The voice failed; the caller falls back to timing the line from its text. */
  onError(): void;
}

/** Times a line from its text when no voice can speak it (headless browsers, no voice for the language). */
export const timedBackend: SpeechBackend = {
  kind: 'timed',
  speak(line, events) {
    const timer = setTimeout(() => events.onEnd(), line.estimatedSeconds * 1000);
    return () => clearTimeout(timer);
  },
};
