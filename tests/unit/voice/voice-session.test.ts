import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameAnalyzer } from '../../../src/core/voice/frame-analyzer';
import { VoiceTracker } from '../../../src/core/voice/tracker';
import { createSessionStore } from '../../../src/state/session-store';
import type { CaptureResult, VoiceCapture } from '../../../src/voice/capture';
import { pitchyEstimator } from '../../../src/voice/pitchy-estimator';
import {
  awaitSpokenAnswer,
  beginAnswerTurn,
  calibrate,
  closeVoice,
  openVoice,
  skipVoiceWait,
  VOICE_WAITS,
} from '../../../src/voice/voice-session';
import { voiceRecordOf, voiceStore } from '../../../src/voice/voice-store';
import { installVoice } from '../../../src/voice/voice-wiring';
import { minimalScenario } from '../../support/scenarios';
import { concat, RATE, silence, voiceTone } from './signals';

// The capture module imports the worklet through Vite's ?worker&url; openVoice takes a starter, so the
// tests hand it a fake capture fed straight from FrameAnalyzer and mock the real module away.
vi.mock('../../../src/voice/capture', () => ({ startVoiceCapture: () => Promise.reject(new Error('not in tests')) }));

function fakeCapture(): { capture: VoiceCapture; play(signal: Float32Array): void } {
  const analyzer = new FrameAnalyzer(RATE, pitchyEstimator());
  const tracker = new VoiceTracker(analyzer.frameSeconds);
  const capture: VoiceCapture = {
    tracker,
    stats: { frames: 0, mainMs: 0, audioS: 0 },
    level: () => -100,
    stop: vi.fn(),
  };
  return {
    capture,
    play(signal) {
      // In batches of four frames, like the worklet.
      const step = analyzer.hop * 4;
      for (let i = 0; i < signal.length; i += step) {
        analyzer.push(signal, tracker, i, Math.min(signal.length, i + step));
        capture.onFrames?.();
      }
    },
  };
}

afterEach(() => {
  closeVoice();
  voiceStore.setState({ enabled: false, phase: 'off', status: null, notice: null, baseline: null, answers: [] });
  vi.useRealTimers();
});

describe('voice session', () => {
  it('calibrates, then measures an answer that ends with the voice', async () => {
    const fake = fakeCapture();
    voiceStore.setState({ enabled: true });
    expect(await openVoice(async (): Promise<CaptureResult> => ({ ok: true, capture: fake.capture }))).toBe(true);
    const calibration = calibrate();
    expect(voiceStore.getState().phase).toBe('calibrating');
    fake.play(concat(silence(0.3), voiceTone(2, 120, 0.2, 4), silence(1)));
    await calibration;
    const { baseline } = voiceStore.getState();
    expect(baseline?.pitchMedianHz).toBeGreaterThan(115);
    expect(voiceStore.getState().phase).toBe('conversation');

    beginAnswerTurn();
    const answer = awaitSpokenAnswer(4200, 12);
    expect(voiceStore.getState().phase).toBe('answering');
    fake.play(concat(silence(0.5), voiceTone(2, 160, 0.4, 6), silence(1)));
    expect(await answer).toBe('voice-end');
    const [stored] = voiceStore.getState().answers;
    expect(stored?.atMs).toBe(4200);
    expect(stored?.wordingSyllables).toBe(12);
    expect(stored?.measures.latencyS).toBeGreaterThan(0.45);
    expect(stored?.measures.pitchMedianHz).toBeGreaterThan(150);
    const record = voiceRecordOf(voiceStore.getState());
    expect(record?.status).toBe('measured');
    expect(record?.answers).toHaveLength(1);
  });

  it('lets the customer react after the time limit when nothing is said, or on skip', async () => {
    vi.useFakeTimers();
    const fake = fakeCapture();
    await openVoice(async () => ({ ok: true, capture: fake.capture }));
    voiceStore.setState({ phase: 'conversation' });
    beginAnswerTurn();
    const silent = awaitSpokenAnswer(1000);
    vi.advanceTimersByTime(VOICE_WAITS.startMs + 1);
    expect(await silent).toBe('time-limit');
    expect(voiceStore.getState().answers.at(-1)?.measures.latencyS).toBeNull();
    const skipped = awaitSpokenAnswer(2000);
    skipVoiceWait();
    expect(await skipped).toBe('skip');
  });

  it('steps aside with one notice when the microphone is refused', async () => {
    voiceStore.setState({ enabled: true });
    expect(await openVoice(async () => ({ ok: false, status: 'refused', detail: 'NotAllowedError' }))).toBe(false);
    expect(voiceStore.getState()).toMatchObject({ status: 'refused', notice: 'refused', phase: 'conversation' });
    expect(await awaitSpokenAnswer(1000)).toBe('off');
    expect(voiceRecordOf(voiceStore.getState())).toEqual({ status: 'refused', baseline: null, answers: [] });
  });

  it('asks the browser once when the switch and the start button ask together', async () => {
    const fake = fakeCapture();
    voiceStore.setState({ enabled: true });
    let resolve: (result: CaptureResult) => void = () => undefined;
    const start = vi.fn(() => new Promise<CaptureResult>((r) => (resolve = r)));
    const first = openVoice(start);
    const second = openVoice(start);
    expect(voiceStore.getState().phase).toBe('asking');
    resolve({ ok: true, capture: fake.capture });
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(start).toHaveBeenCalledTimes(1);
    // Open now: a later call does not ask again.
    expect(await openVoice(start)).toBe(true);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('holds a chosen answer through the store’s intent gate until it has been said', async () => {
    const fake = fakeCapture();
    voiceStore.setState({ enabled: true });
    await openVoice(async () => ({ ok: true, capture: fake.capture }));
    voiceStore.setState({ phase: 'conversation' });
    const store = createSessionStore({ clock: () => performance.now(), newSeed: () => 'seed' });
    const uninstall = installVoice(store);
    store.getState().start(minimalScenario());
    store.getState().skip();
    const intents = () => store.getState().run?.log.intents.map((i) => i.type);
    expect(intents()).toEqual(['spoken']);
    // Chosen: accepted, but held while it is said; a tick or another choice meanwhile is dropped.
    expect(store.getState().chooseNumber(2)).toBe(true);
    expect(voiceStore.getState().phase).toBe('answering');
    expect(store.getState().chooseNumber(1)).toBe(false);
    expect(store.getState().dispatch({ type: 'tick' })).toBe(false);
    expect(intents()).toEqual(['spoken']);
    fake.play(concat(silence(0.3), voiceTone(1.5, 160, 0.4, 5), silence(1)));
    await vi.waitFor(() => expect(intents()).toEqual(['spoken', 'choose']));
    expect(store.getState().run?.log.intents.at(-1)).toMatchObject({ response: 'blame' });
    expect(voiceStore.getState().answers).toHaveLength(1);
    uninstall();
  });
});
