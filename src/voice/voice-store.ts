import { createStore } from 'zustand/vanilla';
import type { UtteranceMeasures } from '../core/voice/measures';
import type { VoiceAnswer, VoiceRecord, VoiceStatus } from '../core/voice/schema';

/**
 * Voice mode's UI state: on/off, where the microphone stands, what the trainee should do now,
 * and the numbers measured so far. Per-frame values (the level meter) stay out of it.
 */
export type VoicePhase = 'off' | 'asking' | 'calibrating' | 'conversation' | 'answering';

export interface VoiceStoreState {
  enabled: boolean;
  phase: VoicePhase;
  /** Null while not yet asked. */
  status: VoiceStatus | null;
  /** The one-time notice after a failure; cleared when dismissed. */
  notice: Exclude<VoiceStatus, 'measured'> | null;
  baseline: UtteranceMeasures | null;
  answers: VoiceAnswer[];
  setEnabled(on: boolean): void;
  dismissNotice(): void;
}

export const voiceStore = createStore<VoiceStoreState>()((set) => ({
  enabled: false,
  phase: 'off',
  status: null,
  notice: null,
  baseline: null,
  answers: [],
  setEnabled: (on) => set({ enabled: on }),
  dismissNotice: () => set({ notice: null }),
}));

/** What a recording keeps; undefined when voice mode was off. */
export function voiceRecordOf(
  state: Pick<VoiceStoreState, 'enabled' | 'status' | 'baseline' | 'answers'>,
): VoiceRecord | undefined {
  if (!state.enabled || state.status === null) return undefined;
  return { status: state.status, baseline: state.baseline, answers: state.answers };
}
