import { performance } from 'node:perf_hooks';
import { FrameAnalyzer } from '../../src/core/voice/frame-analyzer';
import { VoiceTracker } from '../../src/core/voice/tracker';
import { pitchyEstimator } from '../../src/voice/pitchy-estimator';
import { concat, silence, voiceTone } from '../../tests/unit/voice/signals';
import { median } from './timing';

/** Voice analysis in Node: the worklet's work per second of audio and the main thread's per frame. */
export interface VoiceCoreFigures {
  /** FrameAnalyzer (FFT + pitchy) on speech-like audio at 44.1 kHz: ms of CPU per second of audio (median of 5). */
  analyzerMsPerAudioS: number;
  /** The same on silence (pitch is skipped below the gate). */
  analyzerSilenceMsPerAudioS: number;
  /** VoiceTracker.frame: what the main thread does per audio frame (µs, median of 5). */
  trackerUsPerFrame: number;
}

export function runVoiceCore(): VoiceCoreFigures {
  const speech = concat(voiceTone(5, 130, 0.3, 5, 170), silence(0.5), voiceTone(4.5, 160, 0.3, 4, 120));
  const quiet = silence(10);
  const perSecond = (signal: Float32Array): number => {
    const runs: number[] = [];
    for (let r = 0; r < 6; r++) {
      const analyzer = new FrameAnalyzer(44_100, pitchyEstimator());
      const sink = { frame() {} };
      const block = 128;
      const t0 = performance.now();
      for (let i = 0; i < signal.length; i += block) analyzer.push(signal, sink, i, Math.min(signal.length, i + block));
      runs.push((performance.now() - t0) / (signal.length / 44_100));
    }
    return median(runs.slice(1));
  };
  const features: number[] = [];
  const collector = new FrameAnalyzer(44_100, pitchyEstimator());
  collector.push(speech, { frame: (d, f, p) => features.push(d, f, p) });
  const frames = features.length / 3;
  const trackerRuns: number[] = [];
  for (let r = 0; r < 6; r++) {
    const tracker = new VoiceTracker(collector.frameSeconds);
    const t0 = performance.now();
    for (let rep = 0; rep < 20; rep++) {
      tracker.beginTurn();
      for (let i = 0; i < features.length; i += 3)
        tracker.frame(features[i] as number, features[i + 1] as number, features[i + 2] as number);
      tracker.endTurn();
    }
    trackerRuns.push(((performance.now() - t0) * 1000) / (frames * 20));
  }
  return {
    analyzerMsPerAudioS: Math.round(perSecond(speech) * 100) / 100,
    analyzerSilenceMsPerAudioS: Math.round(perSecond(quiet) * 100) / 100,
    trackerUsPerFrame: Math.round(median(trackerRuns.slice(1)) * 1000) / 1000,
  };
}
