import { describe, expect, it } from 'vitest';
import type { Pose } from '../../../src/core/recording/pose';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import { decodePoseTrack, decodeRawTrack } from '../../../src/core/recording/pose-track';
import { syntheticMotion } from './synthetic';

const still: Pose = { x: 0.1, y: 1.6, z: -0.2, qx: 0, qy: 0, qz: 0, qw: 1 };

describe('PoseRecorder', () => {
  it.each([60, 72, 90, 120, 144])('samples a %i Hz frame loop at 20 Hz (never more, at most one slot short)', (frameHz) => {
    const recorder = new PoseRecorder(20);
    for (let t = 0; t < 10_000; t += 1000 / frameHz) recorder.push(t, still);
    expect(recorder.sampleCount).toBeLessThanOrEqual(200);
    expect(recorder.sampleCount).toBeGreaterThanOrEqual(199);
  });

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

  it('refuses rates outside (0, 120] Hz', () => {
    expect(() => new PoseRecorder(0)).toThrow(RangeError);
    expect(() => new PoseRecorder(500)).toThrow(RangeError);
  });
});
