import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../core/scenario/schema';
import { normalizeRate, timelineDuration } from '../core/speech/timeline';
import type { LineEvents, SpeechBackend } from '../speech/backends';
import type { SpokenLine } from './speech-schedule';
import { VoiceCuePlanner } from './voice-cues';

/** The scenario's voice hints, as the live conversation uses them. */
export type VoiceHints = Scenario['customer']['voice'];

/** Whether the replay can speak: not yet known, yes, or why not. */
export type VoiceAvailability = 'unknown' | 'ready' | 'no-synthesis' | 'no-voice';

export interface ReplayVoiceState {
  /** The trainer's choice (remembered on this device); speaking also needs `availability` 'ready'. */
  on: boolean;
  availability: VoiceAvailability;
  /** The BCP 47 language the replay speaks (the scenario's voice for the session's locale). */
  lang: string;
  setOn(on: boolean): void;
}

export const VOICE_KEY = 'counterpart.replayVoice';

/** The stored choice; on unless switched off (also when storage is unreadable). */
export function readVoicePreference(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(VOICE_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function writeVoicePreference(
  on: boolean,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): void {
  try {
    if (on) storage?.removeItem(VOICE_KEY);
    else storage?.setItem(VOICE_KEY, 'off');
  } catch (error) {
    console.warn('Counterpart: could not store the replay voice setting', error);
  }
}

export const replayVoiceStore = createStore<ReplayVoiceState>()((set) => ({
  on: readVoicePreference(),
  availability: 'unknown',
  lang: '',
  setOn: (on) => {
    writeVoicePreference(on);
    set({ on });
  },
}));

export function useReplayVoice<T>(selector: (s: ReplayVoiceState) => T): T {
  return useStore(replayVoiceStore, selector);
}

/** Says replay lines: one at a time, a new one (or `stop`) cancelling the one before. */
export interface ReplaySpeaker {
  /** Speaks `line` from character `fromChar` at the replay's playback `speed`. */
  speak(line: SpokenLine, fromChar: number, speed: number): void;
  stop(): void;
}

/** Lip-sync follows the recorded timeline, never the voice: its events are not listened to. */
const UNHEARD: LineEvents = { onBoundary() {}, onEnd() {}, onError() {} };

/**
 * A speaker on a speech backend with the live conversation's voice choice (language, gender hint,
 * pitch) and its rate × the playback speed, clamped to what the Web Speech API accepts.
 */
export function createReplaySpeaker(backend: SpeechBackend, hints: VoiceHints, lang: string): ReplaySpeaker {
  let cancel: (() => void) | null = null;
  return {
    speak(line, fromChar, speed) {
      cancel?.();
      const rate = normalizeRate(hints.rate * speed);
      const from = line.timeline.find((cue) => cue.charIndex >= fromChar)?.start ?? 0;
      cancel = backend.speak(
        {
          text: line.text.slice(fromChar),
          lang,
          gender: hints.gender,
          pitch: hints.pitch,
          rate,
          estimatedSeconds: Math.max(0, timelineDuration(line.timeline) - from) / speed,
        },
        UNHEARD,
      );
    },
    stop() {
      cancel?.();
      cancel = null;
    },
  };
}

const planner = new VoiceCuePlanner();
let speaker: ReplaySpeaker | null = null;

/** Installs the speaker of the opened session (or none); whatever was being said stops. */
export function setReplaySpeaker(next: ReplaySpeaker | null): void {
  interruptReplayVoice();
  speaker = next;
}

/**
 * Called every frame by the replay driver with the playhead before and after the frame's advance.
 * Allocates nothing unless a line starts.
 */
export function stepReplayVoice(
  lines: readonly SpokenLine[],
  from: number,
  to: number,
  playing: boolean,
  speed: number,
): void {
  const { on, availability } = replayVoiceStore.getState();
  const action = planner.step(lines, from, to, playing, speed, on && availability === 'ready' && speaker !== null);
  if (action === 'stop') speaker?.stop();
  else if (action === 'speak') speaker?.speak(lines[planner.line] as SpokenLine, planner.fromChar, speed);
}

/** The page was hidden or left: fall silent now; playing on resumes at the next word. */
export function interruptReplayVoice(): void {
  planner.interrupt();
  speaker?.stop();
}
