import { describe, expect, it } from 'vitest';
import {
  alignToBoundary,
  MIN_SPEED_SPAN_SECONDS,
  SPEED_RANGE,
  textToVisemes,
  timelineTime,
  UNSYNCED,
  type VoiceSync,
  wordCueIndex,
  wordStarts,
} from '../../../src/core/speech';

const TEXT = '„Schuh“, sagte er – und ging nach Hause, weil ihm niemand zuhörte.';
const TIMELINE = textToVisemes(TEXT, 'de');
const STARTS = wordStarts(TEXT);
/** Timeline time at which the word starting at `charIndex` begins. */
const modelStart = (charIndex: number) => TIMELINE[wordCueIndex(TIMELINE, charIndex)]?.start ?? Number.NaN;

describe('wordCueIndex', () => {
  it('finds the first cue of the word at, inside or right after an index', () => {
    const schuh = wordCueIndex(TIMELINE, 1);
    expect(TIMELINE[schuh]?.start).toBe(0);
    expect(wordCueIndex(TIMELINE, 0)).toBe(schuh); // the opening quote „
    expect(wordCueIndex(TIMELINE, 3)).toBe(schuh); // inside Schuh
    const sagte = wordCueIndex(TIMELINE, TEXT.indexOf('sagte'));
    expect(TIMELINE[sagte]?.charIndex).toBe(TEXT.indexOf('sagte'));
    expect(wordCueIndex(TIMELINE, TEXT.indexOf(','))).toBe(sagte); // past the comma's pause cue
    expect(TIMELINE[wordCueIndex(TIMELINE, TEXT.indexOf('–'))]?.charIndex).toBe(TEXT.indexOf('und'));
  });

  it('gives -1 past the last word', () => {
    expect(wordCueIndex(TIMELINE, TEXT.length - 1)).toBe(-1);
    expect(wordCueIndex([], 0)).toBe(-1);
  });
});

describe('alignToBoundary', () => {
  it('runs the timeline on the voice clock until a boundary arrives', () => {
    expect(timelineTime(UNSYNCED, 1.25)).toBe(1.25);
  });

  it('anchors the word on the first boundary without guessing a speed', () => {
    const sagte = TEXT.indexOf('sagte');
    const sync = alignToBoundary(TIMELINE, UNSYNCED, sagte, 0.9);
    expect(sync.speed).toBe(1);
    expect(timelineTime(sync, 0.9)).toBe(modelStart(sagte));
    expect(timelineTime(sync, 1.0)).toBeCloseTo(modelStart(sagte) + 0.1, 12);
  });

  it('measures the speed between boundaries: a voice half as fast runs the timeline at 0.5', () => {
    const [first = 0, , , fourth = 0] = STARTS;
    let sync = alignToBoundary(TIMELINE, UNSYNCED, first, 0.2);
    sync = alignToBoundary(TIMELINE, sync, fourth, 0.2 + 2 * modelStart(fourth));
    expect(sync.speed).toBeCloseTo(0.5, 12);
    expect(timelineTime(sync, sync.anchorElapsed + 0.4)).toBeCloseTo(modelStart(fourth) + 0.2, 12);
  });

  it(`trusts no speed measured over less than ${MIN_SPEED_SPAN_SECONDS} s`, () => {
    const [first = 0, second = 0] = STARTS;
    let sync = alignToBoundary(TIMELINE, UNSYNCED, first, 0);
    sync = alignToBoundary(TIMELINE, sync, second, MIN_SPEED_SPAN_SECONDS / 2);
    expect(sync.speed).toBe(1);
    expect(timelineTime(sync, MIN_SPEED_SPAN_SECONDS / 2)).toBe(modelStart(second));
  });

  it('clamps an absurd speed to the speed range', () => {
    const [first = 0, second = 0] = STARTS;
    const origin = alignToBoundary(TIMELINE, UNSYNCED, first, 0);
    expect(alignToBoundary(TIMELINE, origin, second, 100).speed).toBe(SPEED_RANGE.min);
    expect(alignToBoundary(TIMELINE, origin, STARTS.at(-1) ?? 0, 0.31).speed).toBe(SPEED_RANGE.max);
  });

  it('ignores unknown words, non-finite times and events older than the last one', () => {
    const sync = alignToBoundary(TIMELINE, UNSYNCED, STARTS[3] ?? 0, 2);
    expect(alignToBoundary(TIMELINE, sync, TEXT.length + 5, 3)).toBe(sync);
    expect(alignToBoundary(TIMELINE, sync, STARTS[4] ?? 0, Number.NaN)).toBe(sync);
    expect(alignToBoundary(TIMELINE, sync, STARTS[1] ?? 0, 1)).toBe(sync);
  });

  it('follows a real voice 30 % slower than the model with 150 ms latency', () => {
    const voiceStart = (charIndex: number) => 0.15 + 1.3 * modelStart(charIndex);
    let sync: VoiceSync = UNSYNCED;
    const errors: number[] = [];
    for (const [word, charIndex] of STARTS.entries()) {
      // Just before the event, where does the synced timeline think the voice is?
      if (word >= 2) errors.push(Math.abs(timelineTime(sync, voiceStart(charIndex)) - modelStart(charIndex)));
      sync = alignToBoundary(TIMELINE, sync, charIndex, voiceStart(charIndex));
    }
    const last = STARTS.at(-1) ?? 0;
    const unsyncedError = Math.abs(timelineTime(UNSYNCED, voiceStart(last)) - modelStart(last));
    expect(unsyncedError).toBeGreaterThan(1);
    expect(Math.max(...errors)).toBeLessThan(0.06);
    expect(sync.speed).toBeCloseTo(1 / 1.3, 6);
  });

  it('is a pure function of its inputs', () => {
    const a = alignToBoundary(TIMELINE, UNSYNCED, STARTS[2] ?? 0, 1.1);
    const b = alignToBoundary(TIMELINE, UNSYNCED, STARTS[2] ?? 0, 1.1);
    expect(a).toEqual(b);
    expect(UNSYNCED).toEqual({ anchorElapsed: 0, anchorTime: 0, speed: 1, origin: undefined });
  });
});
