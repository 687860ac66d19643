import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReplay } from '../../../src/review/loaded-replay';
import {
  createReplaySpeaker,
  readVoicePreference,
  replayVoiceStore,
  setReplaySpeaker,
  stepReplayVoice,
  type VoiceHints,
  writeVoicePreference,
} from '../../../src/review/replay-voice';
import { SpeechScheduler, type SpokenLine } from '../../../src/review/speech-schedule';
import { VoiceCuePlanner } from '../../../src/review/voice-cues';
import type { LineToSpeak, SpeechBackend } from '../../../src/speech/backends';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';
import { BEST_ANGRY } from './long-session';

const HINTS: VoiceHints = { lang: { de: 'de-DE', en: 'en-GB' }, gender: 'female', pitch: 1.2, rate: 0.9 };
const line = (text: string) => ({ text, emotion: 'angry', gesture: 'none' }) as const;

const A = 'Guten Tag. Mein Fernseher ist schon wieder kaputt.';
const B = 'Das ist jetzt das dritte Mal!';
const C = 'Das kann doch nicht wahr sein, ich warte seit Wochen auf das Gerät.';
const D = 'Na gut.';

/** Two lines at 0, the choices at 10 s, a line at 12 s that a new beat cuts at 12.8 s. */
function schedule(): SpokenLine[] {
  const s = new SpeechScheduler('de', HINTS.rate);
  s.beat(0, [line(A), line(B)]);
  s.silence(10_000);
  s.beat(12_000, [line(C)]);
  s.beat(12_800, [line(D)]);
  return s.finish();
}

/** What the fake voice was told, with the playhead time it was told at. */
type Heard = { at: number; speak: LineToSpeak } | { at: number; cancel: true };

/** A speech backend that says nothing and remembers everything. */
function fakeBackend(clock: () => number, heard: Heard[]): SpeechBackend {
  return {
    kind: 'web-speech',
    speak(spoken) {
      heard.push({ at: clock(), speak: spoken });
      return () => heard.push({ at: clock(), cancel: true });
    },
  };
}

/** The replay driver's loop, frame by frame, without a scene. */
class Player {
  t = 0;
  playing = false;
  speed = 1;
  constructor(readonly lines: readonly SpokenLine[]) {}
  frame(ms = 1000 / 60): void {
    const from = this.t;
    if (this.playing) this.t += ms * this.speed;
    stepReplayVoice(this.lines, from, this.t, this.playing, this.speed);
  }
  playUntil(ms: number, frameMs = 1000 / 60): void {
    this.playing = true;
    while (this.t < ms) this.frame(frameMs);
  }
  /** Like the store's seek: moves the playhead between frames. */
  seek(ms: number): void {
    this.t = ms;
  }
}

let heard: Heard[] = [];
let player: Player;
const texts = () => heard.flatMap((h) => ('speak' in h ? [h.speak.text] : []));
const cancels = () => heard.filter((h) => 'cancel' in h).map((h) => h.at);

beforeEach(() => {
  heard = [];
  player = new Player(schedule());
  replayVoiceStore.setState({ on: true, availability: 'ready', lang: 'de-DE' });
  setReplaySpeaker(
    createReplaySpeaker(
      fakeBackend(() => player.t, heard),
      HINTS,
      'de-DE',
    ),
  );
});

afterEach(() => setReplaySpeaker(null));

describe('replay voice', () => {
  it('speaks a line once when the playhead crosses its start, with the live voice choice', () => {
    player.playUntil(9000);
    expect(texts()).toEqual([A, B]);
    const first = heard[0];
    expect(first && 'speak' in first && first.speak).toMatchObject({
      text: A,
      lang: 'de-DE',
      gender: 'female',
      pitch: 1.2,
      rate: 0.9,
    });
    expect(first?.at).toBeLessThanOrEqual(1000 / 60);
    // A line that ran its full length is left to finish: the only cancel comes as the next line starts.
    const [, second] = player.lines;
    expect(cancels()).toEqual([heard[2]?.at]);
    expect(heard[2]?.at).toBeGreaterThanOrEqual(second?.start ?? 0);
  });

  it('stops a line where the recording cut it, then says the next', () => {
    player.playUntil(14_000);
    expect(texts()).toEqual([A, B, C, D]);
    const cut = player.lines[2] as SpokenLine;
    expect(cut.end).toBe(12_800);
    const stopAt = heard.findIndex((h) => 'cancel' in h && h.at >= cut.end);
    expect(heard[stopAt + 1]).toMatchObject({ speak: { text: D } });
  });

  it('gives the same cues at any frame rate', () => {
    const at = (frameMs: number, speed: number) => {
      heard.length = 0;
      const p = new Player(schedule());
      p.speed = speed;
      p.playUntil(14_000, frameMs);
      return texts();
    };
    const reference = at(1000 / 60, 1);
    for (const [frameMs, speed] of [
      [1000 / 144, 1],
      [1000 / 30, 1],
      [250, 2],
    ] as const)
      expect(at(frameMs, speed)).toEqual(reference);
  });

  it('a seek forwards cancels and does not say the lines it skipped', () => {
    player.playUntil(1000);
    heard.length = 0;
    player.playing = false;
    player.seek(9000);
    player.frame();
    expect(heard).toEqual([{ at: 9000, cancel: true }]);
    player.playUntil(11_500);
    expect(texts()).toEqual([]);
    // Into the middle of a line: the rest of it, from the next word the playhead reaches.
    player.seek(12_300);
    player.playUntil(12_700);
    const [rest] = texts();
    expect(rest).toBeDefined();
    expect(C.endsWith(rest as string)).toBe(true);
    expect(rest?.length).toBeLessThan(C.length);
    expect(C.charAt(C.length - (rest?.length ?? 0) - 1)).toMatch(/\s/);
  });

  it('a seek backwards cancels; the lines the playhead reaches again are said again', () => {
    const [first] = player.lines as [SpokenLine];
    player.playUntil(4000);
    expect(texts()).toEqual([A, B]);
    // Back into the middle of a line, while playing: a cancel, then the rest from the next word.
    player.seek(1200);
    player.frame();
    expect(heard.at(-1)).toEqual({ at: player.t, cancel: true });
    player.playUntil(first.end);
    expect(texts()).toHaveLength(3);
    const rest = texts()[2] as string;
    expect(A.endsWith(rest) && rest.length < A.length).toBe(true);
    // Back to where a line starts: that line from its first word.
    player.seek(0);
    player.frame();
    expect(heard.slice(-2)).toMatchObject([{ cancel: true }, { speak: { text: A } }]);
    player.playUntil(1500);
    expect(texts()).toEqual([A, B, rest, A]);
  });

  it('a pause cancels; playing on says the rest of the line from the next word', () => {
    player.playUntil(1200);
    player.playing = false;
    player.frame();
    expect(heard.at(-1)).toEqual({ at: player.t, cancel: true });
    for (let i = 0; i < 30; i++) player.frame();
    expect(texts()).toEqual([A]);
    player.playUntil(2500);
    const rest = texts()[1];
    expect(rest && A.endsWith(rest) && rest.length < A.length).toBe(true);
  });

  it('speaks at the playback speed: 2× doubles the rate, a speed change restarts at the next word', () => {
    player.speed = 2;
    player.playUntil(300);
    expect(heard[0]).toMatchObject({ speak: { text: A, rate: 1.8 } });
    const changedAt = player.t;
    player.speed = 0.5;
    player.frame();
    expect(heard.at(-1)).toMatchObject({ cancel: true });
    player.playUntil(1500);
    const last = heard.at(-1);
    expect(heard.filter((h) => 'cancel' in h && h.at > changedAt)).toHaveLength(1);
    expect(last && 'speak' in last && last.speak).toMatchObject({ rate: 0.45 });
    expect(last && 'speak' in last && A.endsWith(last.speak.text) && last.speak.text !== A).toBe(true);
    // Rates stay within what the Web Speech API accepts.
    const speaker = createReplaySpeaker(
      fakeBackend(() => 0, heard),
      { ...HINTS, rate: 2 },
      'de-DE',
    );
    speaker.speak(player.lines[0] as SpokenLine, 0, 100);
    expect(heard.at(-1)).toMatchObject({ speak: { rate: 10 } });
  });

  it('with the voice off (or no voice for the language) says nothing; switched on, it joins at the next word', () => {
    replayVoiceStore.setState({ on: false });
    player.playUntil(14_000);
    expect(heard).toEqual([]);
    player.seek(0);
    replayVoiceStore.setState({ on: true, availability: 'no-voice' });
    player.playUntil(14_000);
    expect(heard).toEqual([]);
    player.seek(0);
    replayVoiceStore.setState({ availability: 'ready' });
    player.playUntil(800);
    replayVoiceStore.setState({ on: false });
    player.frame();
    expect(heard.at(-1)).toMatchObject({ cancel: true });
    replayVoiceStore.setState({ on: true });
    player.playUntil(2500);
    const rest = texts()[1];
    expect(rest && A.endsWith(rest) && rest.length < A.length).toBe(true);
  });

  it('a closed replay falls silent', () => {
    player.playUntil(500);
    setReplaySpeaker(null);
    expect(heard.at(-1)).toMatchObject({ cancel: true });
    player.playUntil(14_000);
    expect(texts()).toEqual([A]);
  });

  it('says every line of a recorded session once, in order, when played through', () => {
    const angry = scenarioFrom('scenes/angry-repair-returned.yaml');
    const { recording } = recordedSession(angry, BEST_ANGRY);
    const { model } = loadReplay(angry, recording);
    const p = new Player(model.lines);
    player = p;
    p.playUntil(model.durationMs);
    expect(texts()).toEqual(model.lines.map((l) => l.text));
  });

  it('remembers the choice; anything unreadable means on', () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
      removeItem: (k: string) => void stored.delete(k),
    };
    expect(readVoicePreference(storage)).toBe(true);
    writeVoicePreference(false, storage);
    expect(readVoicePreference(storage)).toBe(false);
    writeVoicePreference(true, storage);
    expect(readVoicePreference(storage)).toBe(true);
    expect(
      readVoicePreference({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe(true);
    expect(readVoicePreference(undefined)).toBe(true);
  });
});

describe('voice cue planner', () => {
  it('does nothing while paused and on a frame that did not move', () => {
    const lines = schedule();
    const planner = new VoiceCuePlanner();
    expect(planner.step(lines, 0, 0, false, 1, true)).toBe('none');
    expect(planner.step(lines, 0, 16, true, 1, true)).toBe('speak');
    expect(planner.line).toBe(0);
    expect(planner.fromChar).toBe(0);
    expect(planner.step(lines, 16, 32, true, 1, true)).toBe('none');
    expect(planner.step(lines, 32, 32, false, 1, true)).toBe('stop');
    expect(planner.step(lines, 32, 32, false, 1, true)).toBe('none');
  });

  it('stops a cut line at its cut even when a long frame also spans one of its later words', () => {
    const s = new SpeechScheduler('de', 1);
    s.beat(0, [line(C)]);
    s.silence(800);
    const lines = s.finish();
    const planner = new VoiceCuePlanner();
    expect(planner.step(lines, 0, 10, true, 1, true)).toBe('speak');
    expect(planner.step(lines, 10, 600, true, 1, true)).toBe('none');
    expect(planner.step(lines, 600, 850, true, 1, true)).toBe('stop');
    expect(planner.step(lines, 850, 1100, true, 1, true)).toBe('none');
  });
});
