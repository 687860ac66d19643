import { describe, expect, it } from 'vitest';
import { FrameAnalyzer, hopSizeFor } from '../../../src/core/voice/frame-analyzer';
import { PitchHistogram } from '../../../src/core/voice/pitch-histogram';
import { VoiceTracker } from '../../../src/core/voice/tracker';
import { pitchyEstimator } from '../../../src/voice/pitchy-estimator';
import { add, concat, measure, noise, RATE, silence, voiceTone } from './signals';

describe('frame features on synthetic signals', () => {
  it('hops about 12 ms at common rates', () => {
    expect(hopSizeFor(44_100)).toBe(512);
    expect(hopSizeFor(48_000)).toBe(512);
    expect(hopSizeFor(16_000)).toBe(128);
    expect(() => hopSizeFor(0)).toThrow(/8 kHz/);
  });

  it('reports loudness in dBFS and a flat spectrum for white noise, a peaked one for a voice', () => {
    const rows: [number, number, number][] = [];
    const analyzer = new FrameAnalyzer(RATE, pitchyEstimator());
    const sink = { frame: (d: number, f: number, p: number) => rows.push([d, f, p]) };
    analyzer.push(noise(1, 0.5), sink);
    const noiseRows = rows.splice(0).slice(10);
    analyzer.push(voiceTone(1, 200, 0.5), sink);
    const voiceRows = rows.splice(0).slice(10);
    // Uniform noise of amplitude 0.5 has RMS 0.5/√3 ≈ −10.8 dBFS.
    for (const [d, f, p] of noiseRows) {
      expect(d).toBeCloseTo(-10.8, 0);
      expect(f).toBeGreaterThan(0.45);
      expect(p).toBe(0);
    }
    for (const [, f, p] of voiceRows) {
      expect(f).toBeLessThan(0.1);
      expect(p).toBeGreaterThan(195);
      expect(p).toBeLessThan(205);
    }
  });

  it('finds nothing in silence or in steady noise', () => {
    for (const signal of [silence(3), noise(3, 0.3), concat(silence(1), noise(2, 0.05, 7))]) {
      const m = measure(signal);
      expect(m.latencyS).toBeNull();
      expect(m.syllables).toBe(0);
      expect(m.rate).toBeNull();
    }
  });

  it.each([2, 4, 6, 8])('counts %i syllables per second in an AM-modulated voice tone', (rate) => {
    const m = measure(concat(silence(0.6), voiceTone(4, 140, 0.3, rate), silence(1)));
    expect(m.rate).not.toBeNull();
    expect(Math.abs((m.rate as number) - rate)).toBeLessThan(rate * 0.12);
  });

  it('measures latency from the start of the turn to the voice onset', () => {
    const m = measure(concat(silence(1.7), voiceTone(1, 150, 0.3, 4), silence(1)), RATE, 0.5);
    expect(m.latencyS).toBeGreaterThan(1.15);
    expect(m.latencyS).toBeLessThan(1.25);
  });

  it('gives the median of a steady tone and the range of a sweep in semitones', () => {
    const steady = measure(concat(silence(0.5), voiceTone(2, 180, 0.3), silence(1)));
    expect(steady.pitchMedianHz).toBeGreaterThan(176);
    expect(steady.pitchMedianHz).toBeLessThan(184);
    expect(steady.pitchRangeSt).toBeLessThan(0.6);
    // A sweep from 100 to 200 Hz covers 12 semitones; the 10th–90th percentile covers 80 % of them.
    const sweep = measure(concat(silence(0.5), voiceTone(3, 100, 0.3, 0, 200), silence(1)));
    expect(sweep.pitchRangeSt).toBeGreaterThan(8.6);
    expect(sweep.pitchRangeSt).toBeLessThan(10.6);
    expect(sweep.pitchMedianHz).toBeGreaterThan(136);
    expect(sweep.pitchMedianHz).toBeLessThan(147);
  });

  it('reads louder speech as louder, by the gain applied', () => {
    const soft = measure(concat(silence(0.5), voiceTone(2, 150, 0.05, 4), silence(1)));
    const loud = measure(concat(silence(0.5), voiceTone(2, 150, 0.2, 4), silence(1)));
    expect((loud.loudnessDbfs as number) - (soft.loudnessDbfs as number)).toBeCloseTo(12, 0);
  });

  it('hears voice over a quiet fan but not the fan alone', () => {
    const fan = noise(4, 0.01, 3);
    const voice = concat(silence(1.5), voiceTone(1.5, 150, 0.2, 4));
    const m = measure(add(fan, voice));
    expect(m.latencyS).toBeGreaterThan(1.4);
    expect(m.latencyS).toBeLessThan(1.6);
    expect(m.rate).toBeGreaterThan(3.4);
  });

  it('counts pauses inside an answer and ends the turn after the closing silence', () => {
    const analyzer = new FrameAnalyzer(RATE, pitchyEstimator());
    const tracker = new VoiceTracker(analyzer.frameSeconds);
    tracker.beginTurn();
    expect(tracker.phase).toBe('waiting');
    analyzer.push(concat(silence(0.3), voiceTone(1, 150, 0.3, 4)), tracker);
    expect(tracker.phase).toBe('speaking');
    analyzer.push(concat(silence(0.6), voiceTone(1, 150, 0.3, 4)), tracker);
    expect(tracker.phase).toBe('speaking');
    analyzer.push(silence(1), tracker);
    expect(tracker.phase).toBe('finished');
    const m = tracker.endTurn();
    expect(m.pauses).toBe(1);
    expect(m.pauseS).toBeGreaterThan(0.5);
    expect(m.pauseS).toBeLessThan(0.75);
    expect(m.speechS).toBeLessThan(m.durationS);
  });

  it('counts voice while the customer speaks as overlap of the next answer', () => {
    const analyzer = new FrameAnalyzer(RATE, pitchyEstimator());
    const tracker = new VoiceTracker(analyzer.frameSeconds);
    analyzer.push(silence(0.5), tracker);
    tracker.setCustomerSpeaking(true);
    analyzer.push(concat(silence(0.5), voiceTone(1.5, 150, 0.3, 4)), tracker);
    tracker.setCustomerSpeaking(false);
    tracker.beginTurn();
    expect(tracker.phase).toBe('speaking');
    analyzer.push(concat(voiceTone(0.5, 150, 0.3, 4), silence(1)), tracker);
    const m = tracker.endTurn();
    expect(m.overlapS).toBeGreaterThan(1.3);
    expect(m.overlapS).toBeLessThan(1.6);
    expect(m.latencyS).toBe(0);
  });

  it('waits for a new onset when a fresh turn begins while someone is already speaking', () => {
    const analyzer = new FrameAnalyzer(RATE, pitchyEstimator());
    const tracker = new VoiceTracker(analyzer.frameSeconds);
    // A 220 Hz voice is running when the calibration sentence appears…
    analyzer.push(concat(silence(0.3), voiceTone(0.8, 220, 0.3, 4)), tracker);
    tracker.beginTurn(true);
    expect(tracker.phase).toBe('waiting');
    analyzer.push(concat(voiceTone(0.7, 220, 0.3, 4), silence(0.6)), tracker);
    expect(tracker.phase).toBe('waiting');
    // …the sentence itself starts after it: only that is measured, with its latency.
    analyzer.push(concat(voiceTone(1.5, 120, 0.3, 4), silence(1)), tracker);
    const m = tracker.endTurn();
    expect(m.latencyS).toBeGreaterThan(1.2);
    expect(m.latencyS).toBeLessThan(1.4);
    expect(m.pitchMedianHz).toBeGreaterThan(115);
    expect(m.pitchMedianHz).toBeLessThan(125);
  });

  it('keeps a histogram quantile within a quarter semitone', () => {
    const h = new PitchHistogram();
    for (let i = 0; i < 100; i++) h.add(100 + i);
    expect(h.quantileHz(0.5)).toBeGreaterThan(146);
    expect(h.quantileHz(0.5)).toBeLessThan(154);
    h.reset();
    expect(Number.isNaN(h.quantileHz(0.5))).toBe(true);
  });
});
