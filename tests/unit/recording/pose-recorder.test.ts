import { describe, expect, it } from 'vitest';
import { encodeDeltaColumn } from '../../../src/core/recording/delta-column';
import type { Pose } from '../../../src/core/recording/pose';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import {
  decodePoseTrack,
  decodeRawTrack,
  encodePoseTrack,
  type PoseTrack,
  PoseTrackError,
} from '../../../src/core/recording/pose-track';
import { feed, motionFrames } from './motion-frames';
import { syntheticMotion } from './synthetic';

const still: Pose = { x: 0.1, y: 1.6, z: -0.2, qx: 0, qy: 0, qz: 0, qw: 1 };

/** What IndexedDB or a JSON file gives back: the same values, none of the objects. */
const stored = (track: PoseTrack): PoseTrack => JSON.parse(JSON.stringify(track)) as PoseTrack;

describe('PoseRecorder', () => {
  it.each([60, 72, 90, 120, 144])(
    'samples a %i Hz frame loop at 20 Hz (never more, at most one slot short)',
    (frameHz) => {
      const recorder = new PoseRecorder(20);
      for (let t = 0; t < 10_000; t += 1000 / frameHz) recorder.push(t, still);
      expect(recorder.sampleCount).toBeLessThanOrEqual(200);
      expect(recorder.sampleCount).toBeGreaterThanOrEqual(199);
    },
  );

  it('keeps every frame of a loop slower than the rate', () => {
    const recorder = new PoseRecorder(20);
    for (let t = 0; t < 10_000; t += 100) recorder.push(t, still);
    expect(recorder.sampleCount).toBe(100);
  });

  it('refuses frames that go back in time or are not a time at all', () => {
    const recorder = new PoseRecorder();
    expect(recorder.push(1000, still)).toBe(true);
    expect(recorder.push(900, still)).toBe(false);
    expect(recorder.push(Number.NaN, still)).toBe(false);
    expect(recorder.push(-5, still)).toBe(false);
    expect(recorder.push(1060, still)).toBe(true);
    expect(recorder.sampleCount).toBe(2);
  });

  it('records a hand only while it is given', () => {
    const recorder = new PoseRecorder();
    recorder.push(0, still, still, null);
    recorder.push(50, still, null, still);
    recorder.push(100, still, still, still);
    const track = decodePoseTrack(recorder.encode());
    expect([track.head.count, track.left.count, track.right.count]).toEqual([3, 2, 2]);
    expect(Array.from(track.left.t)).toEqual([0, 100]);
    expect(Array.from(track.right.t)).toEqual([50, 100]);
  });

  it('encodes and decodes to the quantised values (within half a millimetre)', () => {
    const recorder = new PoseRecorder();
    syntheticMotion(recorder, 5000);
    const decoded = decodePoseTrack(recorder.encode());
    const raw = recorder.samples;
    expect(decoded.head.count).toBe(raw.head.t.length);
    expect(Array.from(decoded.head.x)).toEqual(raw.head.x);
    expect(Array.from(decoded.left.qz)).toEqual(raw.left.qz);
    expect(Array.from(decoded.right.t)).toEqual(raw.right.t);
  });

  it('gives live review the same decoded track without the text round trip', () => {
    const recorder = new PoseRecorder();
    syntheticMotion(recorder, 3000);
    expect(decodeRawTrack(recorder.samples, recorder.rateHz)).toEqual(decodePoseTrack(recorder.encode()));
  });

  it('starts over after reset', () => {
    const recorder = new PoseRecorder();
    recorder.push(0, still);
    recorder.reset();
    expect(recorder.sampleCount).toBe(0);
    expect(recorder.push(0, still)).toBe(true);
  });

  it('skips frames inside a sampled slot before any pose is given (wants)', () => {
    const recorder = new PoseRecorder();
    expect(recorder.wants(10)).toBe(true);
    recorder.push(10, still);
    expect([recorder.wants(49), recorder.wants(50), recorder.wants(Number.NaN), recorder.wants(-1)]).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it('encodes incrementally to exactly what a whole encoding gives, whatever the cut points', () => {
    const frames = motionFrames(4000);
    const recorder = new PoseRecorder();
    // Every frame at first (every tail length of the base64 groups), then in uneven bursts.
    for (const [i, f] of frames.entries()) {
      recorder.push(f.t, f.head, f.left, f.right);
      if (i < 60 || i % 37 === 0) expect(recorder.encode()).toEqual(encodePoseTrack(recorder.samples, recorder.rateHz));
    }
    expect(recorder.encode()).toEqual(encodePoseTrack(recorder.samples, recorder.rateHz));
    // The incremental encoder keeps its own copy of delta-column.ts' alphabet: the same text, value by value.
    const values = [0, 1, -1, 63, 64, -64, 127, 128, 8191, 8192, -100_000, 2 ** 31 - 1, -(2 ** 31)];
    const single = new PoseRecorder();
    for (const [i, v] of values.entries()) single.push(i * 50, { ...still, x: v / 1000 });
    expect(single.encode().head.x).toBe(encodeDeltaColumn(single.samples.head.x));
  });

  describe('restore (a session resumed after a reload)', () => {
    it.each([
      ['between two samples', 9000],
      ['inside the slot of the last sample', 9010],
      ['while the left hand is out of view', 9_200],
    ])('records on to the same track as an unbroken session, broken %s', (_name, breakMs) => {
      const frames = motionFrames(15_000);
      const unbroken = new PoseRecorder();
      feed(unbroken, frames);
      const before = new PoseRecorder();
      feed(
        before,
        frames.filter((f) => f.t < breakMs),
      );
      const resumed = new PoseRecorder();
      resumed.restore(stored(before.encode()));
      expect(resumed.samples).toEqual(before.samples);
      feed(
        resumed,
        frames.filter((f) => f.t >= breakMs),
      );
      expect(resumed.samples).toEqual(unbroken.samples);
      expect(resumed.encode()).toEqual(unbroken.encode());
      expect(decodePoseTrack(resumed.encode())).toEqual(decodePoseTrack(unbroken.encode()));
    });

    it('takes no sample before the last restored one, nor in its slot', () => {
      const recorder = new PoseRecorder();
      recorder.push(0, still);
      recorder.push(1012, still, still, null);
      const resumed = new PoseRecorder();
      resumed.restore(stored(recorder.encode()));
      expect(resumed.push(500, still)).toBe(false);
      expect(resumed.push(1030, still)).toBe(false);
      expect(resumed.push(1050, still)).toBe(true);
      expect(Array.from(decodePoseTrack(resumed.encode()).head.t)).toEqual([0, 1012, 1050]);
    });

    it('restores an empty track to an empty recorder', () => {
      const resumed = new PoseRecorder();
      resumed.push(100, still);
      resumed.restore(stored(new PoseRecorder().encode()));
      expect(resumed.sampleCount).toBe(0);
      expect(resumed.push(0, still)).toBe(true);
    });

    it.each([
      ['a column cut short', (t: PoseTrack) => ({ ...t, head: { ...t.head, x: t.head.x.slice(0, 4) } }), /head\.x/],
      [
        'a count that does not match',
        (t: PoseTrack) => ({ ...t, right: { ...t.right, count: t.right.count + 1 } }),
        /right\.t/,
      ],
      ['another position scale', (t: PoseTrack) => ({ ...t, positionScale: 100 }), /positionScale/],
    ])('refuses %s and keeps what it had', (_name, damage, field) => {
      const source = new PoseRecorder();
      syntheticMotion(source, 2000);
      const recorder = new PoseRecorder();
      recorder.push(0, still);
      const before = recorder.encode();
      expect(() => recorder.restore(damage(source.encode()))).toThrow(PoseTrackError);
      expect(() => recorder.restore(damage(source.encode()))).toThrow(field);
      expect(recorder.encode()).toEqual(before);
      expect(recorder.push(50, still)).toBe(true);
    });
  });

  it('refuses rates outside (0, 120] Hz', () => {
    expect(() => new PoseRecorder(0)).toThrow(RangeError);
    expect(() => new PoseRecorder(500)).toThrow(RangeError);
  });
});
