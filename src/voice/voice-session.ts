import { type CaptureResult, startVoiceCapture, type VoiceCapture } from './capture';
import { voiceStore } from './voice-store';

/**
 * Drives voice mode through a conversation: microphone, calibration sentence, one measured turn
 * per answer. The conversation never waits on the microphone for long: every wait has a time limit
 * and a skip, and without a microphone voice mode steps aside after one notice.
 */

export const VOICE_WAITS = {
  /** Calibration: time to read the sentence. */
  calibrationMs: 15_000,
  /** After picking an answer: time to start saying it. */
  startMs: 8_000,
  /** Longest answer before the customer reacts anyway. */
  answerMs: 30_000,
} as const;

let capture: VoiceCapture | null = null;
/** The request in flight: the switch and the start button may both ask; the browser is asked once. */
let opening: Promise<boolean> | null = null;
let settle: ((how: TurnEnd) => void) | null = null;

export type TurnEnd = 'voice-end' | 'time-limit' | 'skip' | 'off';

/** The running capture (for the level meter and the bench), or null. */
export function activeCapture(): VoiceCapture | null {
  return capture;
}

/** Asks for the microphone (call it from the start button: a gesture, and before entering VR). */
export function openVoice(start: () => Promise<CaptureResult> = startVoiceCapture): Promise<boolean> {
  if (capture) return Promise.resolve(true);
  opening ??= requestVoice(start).finally(() => {
    opening = null;
  });
  return opening;
}

async function requestVoice(start: () => Promise<CaptureResult>): Promise<boolean> {
  // A new conversation starts with no answers; the baseline stays (same trainee, same microphone) until calibrated again.
  voiceStore.setState({ phase: 'asking', status: null, notice: null, answers: [] });
  const result = await start();
  if (!result.ok) {
    voiceStore.setState({ phase: 'conversation', status: result.status, notice: result.status });
    return false;
  }
  capture = result.capture;
  capture.onFrames = check;
  voiceStore.setState({ status: 'measured' });
  const bench = globalThis as { __counterpartVoiceStats?: unknown };
  bench.__counterpartVoiceStats = capture.stats;
  return true;
}

function check(): void {
  if (!capture || !settle) return;
  if (capture.tracker.phase === 'finished') finishWait('voice-end');
}

function finishWait(how: TurnEnd): void {
  const done = settle;
  settle = null;
  done?.(how);
}

/** Waits until the tracker says the trainee has finished, or a time limit, or skip. */
function waitForTurn(startMs: number, totalMs: number): Promise<TurnEnd> {
  finishWait('off');
  return new Promise<TurnEnd>((resolve) => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    settle = (how) => {
      for (const t of timers) clearTimeout(t);
      resolve(how);
    };
    timers.push(
      setTimeout(() => (capture?.tracker.phase === 'waiting' ? finishWait('time-limit') : undefined), startMs),
    );
    timers.push(setTimeout(() => finishWait('time-limit'), totalMs));
    check();
  });
}

/** The calibration sentence: its measures become the baseline. */
export async function calibrate(): Promise<void> {
  if (!capture) return;
  voiceStore.setState({ phase: 'calibrating' });
  // Only speech that starts after the sentence is shown is the sentence.
  capture.tracker.beginTurn(true);
  const how = await waitForTurn(VOICE_WAITS.calibrationMs, VOICE_WAITS.calibrationMs);
  const measures = capture?.tracker.endTurn();
  voiceStore.setState({
    phase: 'conversation',
    baseline: how !== 'off' && measures && measures.latencyS !== null ? measures : null,
  });
}

/** The customer starts or stops talking (for overlap). */
export function setCustomerSpeaking(on: boolean): void {
  capture?.tracker.setCustomerSpeaking(on);
}

/** The customer's line has ended: the trainee's turn (and the latency clock) starts. */
export function beginAnswerTurn(): void {
  if (capture && voiceStore.getState().phase === 'conversation') capture.tracker.beginTurn();
}

/**
 * The trainee picked an answer at session time `atMs`: waits until it has been said (voice end,
 * time limit or skip) and stores its measures. Resolves at once without a microphone.
 */
export async function awaitSpokenAnswer(atMs: number, wordingSyllables?: number): Promise<TurnEnd> {
  if (!capture) return 'off';
  if (capture.tracker.phase === 'idle') capture.tracker.beginTurn();
  voiceStore.setState({ phase: 'answering' });
  const how = await waitForTurn(VOICE_WAITS.startMs, VOICE_WAITS.answerMs);
  if (!capture) return 'off';
  const measures = capture.tracker.endTurn();
  const state = voiceStore.getState();
  voiceStore.setState({
    phase: 'conversation',
    answers: [
      ...state.answers,
      { atMs: Math.max(0, Math.round(atMs)), measures, ...(wordingSyllables !== undefined && { wordingSyllables }) },
    ],
  });
  return how;
}

/** The skip button: the customer reacts now. */
export function skipVoiceWait(): void {
  finishWait('skip');
}

/** Ends voice mode: microphone off, measures kept in the store for the debrief and recording. */
export function closeVoice(): void {
  finishWait('off');
  capture?.stop();
  capture = null;
  const state = voiceStore.getState();
  if (state.phase !== 'off') voiceStore.setState({ phase: 'off' });
}
