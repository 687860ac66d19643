import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMouthWeights } from '../../../src/core/speech/visemes';
import type { LineEvents, LineToSpeak, SpeechBackend } from '../../../src/speech/backends';
import { SpeechDirector } from '../../../src/speech/speech-director';
import { speechStore } from '../../../src/speech/speech-store';
import { sampleVoicedLine } from '../../../src/speech/voiced-line';
import { createSessionStore } from '../../../src/state/session-store';
import { minimalScenario } from '../../support/scenarios';

/** A voice the test controls: it records what is spoken and ends lines on request. */
function fakeVoice() {
  const spoken: { line: LineToSpeak; events: LineEvents; cancelled: boolean }[] = [];
  const backend: SpeechBackend = {
    kind: 'web-speech',
    speak(line, events) {
      const entry = { line, events, cancelled: false };
      spoken.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  };
  return { backend, spoken };
}

let clock = 0;
const makeStore = () => createSessionStore({ clock: () => clock, newSeed: () => 'seed' });

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('speech director', () => {
  it('speaks the beat, then tells the engine the lines are spoken', () => {
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(minimalScenario());
    expect(voice.spoken.map((s) => s.line.text)).toEqual(['Die Kaffeemaschine ist schon wieder kaputt!']);
    expect(voice.spoken[0]?.line).toMatchObject({ lang: 'de-DE', pitch: 0.9, rate: 1.1 });
    expect(speechStore.getState()).toMatchObject({ lineIndex: 0, speaking: true, voice: 'web-speech' });
    expect(speechStore.getState().voiced).not.toBeNull();
    expect(store.getState().run?.state.phase).toBe('speaking');
    voice.spoken[0]?.events.onEnd();
    vi.advanceTimersByTime(1000);
    expect(store.getState().run?.state.phase).toBe('choosing');
    expect(speechStore.getState().speaking).toBe(false);
    expect(speechStore.getState().voiced).toBeNull();
    director.dispose();
  });

  it('falls back to timing the line from its text when the voice fails', () => {
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(minimalScenario());
    voice.spoken[0]?.events.onError();
    expect(speechStore.getState().voice).toBe('timed');
    const estimated = voice.spoken[0]?.line.estimatedSeconds ?? 0;
    expect(estimated).toBeGreaterThan(1);
    vi.advanceTimersByTime(estimated * 1000 - 50);
    expect(store.getState().run?.state.phase).toBe('speaking');
    vi.advanceTimersByTime(1000);
    expect(store.getState().run?.state.phase).toBe('choosing');
    director.dispose();
  });

  it('holds the first line until the stage is set (the avatar has loaded), then says it once', () => {
    const store = makeStore();
    const voice = fakeVoice();
    let ready = false;
    const listeners = new Set<() => void>();
    const stage = {
      ready: () => ready,
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const director = new SpeechDirector(store, voice.backend, () => clock, stage);
    store.getState().start(minimalScenario());
    vi.advanceTimersByTime(5000);
    expect(voice.spoken).toHaveLength(0);
    expect(store.getState().run?.state.phase).toBe('speaking');
    ready = true;
    for (const listener of listeners) listener();
    expect(voice.spoken.map((s) => s.line.text)).toEqual(['Die Kaffeemaschine ist schon wieder kaputt!']);
    // The gate closing again mid-line (a new avatar file) silences the voice like a pause.
    ready = false;
    for (const listener of listeners) listener();
    expect(voice.spoken[0]?.cancelled).toBe(true);
    director.dispose();
    expect(listeners.size).toBe(0);
  });

  it('stops on pause and repeats the current line on resume', () => {
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(minimalScenario());
    clock = 500;
    store.getState().dispatch({ type: 'pause' });
    expect(voice.spoken[0]?.cancelled).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(store.getState().run?.state.phase).toBe('speaking');
    clock = 9000;
    store.getState().dispatch({ type: 'resume' });
    expect(voice.spoken).toHaveLength(2);
    expect(voice.spoken[1]?.line.text).toBe(voice.spoken[0]?.line.text);
    director.dispose();
  });

  it('cancels the voice when the trainee interrupts', () => {
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(minimalScenario());
    clock = 800;
    expect(store.getState().dispatch({ type: 'interrupt' })).toBe(true);
    expect(voice.spoken[0]?.cancelled).toBe(true);
    expect(store.getState().run?.state.phase).toBe('choosing');
    director.dispose();
  });

  it('moves the lip-sync timeline with word-boundary events', () => {
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(minimalScenario());
    const text = voice.spoken[0]?.line.text ?? '';
    voice.spoken[0]?.events.onBoundary(text.indexOf('schon'), 0.9);
    expect(speechStore.getState().voiced?.sync.anchorElapsed).toBe(0.9);
    // A late boundary of a line already stopped moves nothing.
    const voiced = speechStore.getState().voiced;
    voice.spoken[0]?.events.onEnd();
    voice.spoken[0]?.events.onBoundary(text.length - 2, 5);
    expect(speechStore.getState().voiced).not.toBe(voiced);
    expect(speechStore.getState().voiced?.sync.anchorElapsed ?? 0).not.toBe(5);
    director.dispose();
  });

  it('shows the debrief once the ending lines are spoken', () => {
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(minimalScenario());
    voice.spoken[0]?.events.onEnd();
    vi.advanceTimersByTime(1000);
    store.getState().dispatch({ type: 'choose', response: 'blame' });
    expect(store.getState().screen).toBe('conversation');
    voice.spoken.at(-1)?.events.onEnd();
    vi.advanceTimersByTime(1000);
    expect(store.getState().screen).toBe('debrief');
    expect(store.getState().report?.outcome).toBe('customer_left_angry');
    director.dispose();
  });
});

describe('the voiced line', () => {
  it('opens the mouth while a line is voiced and closes it without one', () => {
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(minimalScenario());
    const voiced = speechStore.getState().voiced;
    const out = createMouthWeights();
    const open = () => Object.values(out).reduce((a, b) => a + b, 0);
    const seen = [300, 500, 700, 900].map((ms) => {
      sampleVoicedLine(voiced, (voiced?.startedAt ?? 0) + ms, out);
      return open();
    });
    expect(Math.max(...seen)).toBeGreaterThan(0);
    sampleVoicedLine(null, 0, out);
    expect(open()).toBe(0);
    director.dispose();
  });
});

describe('the line shown at a decision', () => {
  it('is the beat’s last line even when Enter skipped the lines before it', async () => {
    const { currentLine } = await import('../../../src/speech/current-line');
    const scenario = minimalScenario();
    const opening = scenario.nodes.opening;
    const first = opening?.say[0];
    if (!opening || !first) throw new Error('minimal scenario has no opening line');
    opening.say = [first, { ...first, text: { de: 'Und das zum zweiten Mal!', en: 'And for the second time!' } }];
    const store = makeStore();
    const voice = fakeVoice();
    const director = new SpeechDirector(store, voice.backend, () => clock);
    store.getState().start(scenario);
    expect(currentLine(store.getState(), speechStore.getState())?.text).toBe(
      'Die Kaffeemaschine ist schon wieder kaputt!',
    );
    // Enter during the first line: the choices come up, the second line was never spoken.
    store.getState().finishSpeaking();
    expect(store.getState().run?.state.phase).toBe('choosing');
    expect(voice.spoken).toHaveLength(1);
    expect(currentLine(store.getState(), speechStore.getState())?.text).toBe('Und das zum zweiten Mal!');
    expect(speechStore.getState().lineIndex).toBe(-1);
    director.dispose();
  });
});
