import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FrameAnalyzer } from '../../../src/core/voice/frame-analyzer';
import type { UtteranceMeasures } from '../../../src/core/voice/measures';
import { VoiceTracker } from '../../../src/core/voice/tracker';
import { pitchyEstimator } from '../../../src/voice/pitchy-estimator';

/** Deterministic test signals and espeak-ng utterances for the voice feature tests. */

export const RATE = 44_100;

/** A small deterministic PRNG (mulberry32) for noise. */
export function noise(seconds: number, amplitude: number, seed = 1): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE));
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1) * amplitude;
  }
  return out;
}

export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * RATE));
}

/** A voice-like tone: fundamental plus decaying harmonics, optionally amplitude-modulated at `syllablesPerSecond`. */
export function voiceTone(
  seconds: number,
  hz: number,
  amplitude: number,
  syllablesPerSecond = 0,
  endHz = hz,
): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE));
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / RATE;
    const f = hz * (endHz / hz) ** (t / seconds);
    phase += (2 * Math.PI * f) / RATE;
    let v = 0;
    for (let h = 1; h <= 6; h++) v += Math.sin(h * phase) / h;
    const envelope = syllablesPerSecond > 0 ? 0.55 - 0.45 * Math.cos(2 * Math.PI * syllablesPerSecond * t) : 1;
    out[i] = (v / 1.6) * amplitude * envelope;
  }
  return out;
}

export function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function add(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return out;
}

/** Runs a whole signal as one answer that begins at t = startS; returns its measures. */
export function measure(signal: Float32Array, sampleRate = RATE, startS = 0): UtteranceMeasures {
  const analyzer = new FrameAnalyzer(sampleRate, pitchyEstimator());
  const tracker = new VoiceTracker(analyzer.frameSeconds);
  const startSample = Math.round(startS * sampleRate);
  analyzer.push(signal, tracker, 0, startSample);
  tracker.beginTurn();
  analyzer.push(signal, tracker, startSample, signal.length);
  return tracker.endTurn();
}

/** Reads a 16-bit PCM mono WAV as written by espeak-ng and sox. */
export function readWav(path: string): { rate: number; samples: Float32Array } {
  const buf = readFileSync(path);
  let at = 12;
  let rate = 0;
  let channels = 1;
  while (at + 8 <= buf.length) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      channels = buf.readUInt16LE(at + 10);
      rate = buf.readUInt32LE(at + 12);
      if (buf.readUInt16LE(at + 22) !== 16) throw new Error(`${path}: only 16-bit PCM is read`);
    } else if (id === 'data') {
      const frames = Math.floor(Math.min(size, buf.length - at - 8) / 2 / channels);
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = buf.readInt16LE(at + 8 + i * 2 * channels) / 32768;
      return { rate, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${path}: no data chunk`);
}

export const HAS_ESPEAK = ['/usr/bin/espeak-ng', '/usr/local/bin/espeak-ng'].some(existsSync);
export const HAS_SOX = ['/usr/bin/sox', '/usr/local/bin/sox'].some(existsSync);

let dir: string | null = null;

/** Speaks `text` with espeak-ng (voice, words/min, pitch 0–99), then sox resamples to 44.1 kHz, applies gain and pads. */
export function speak(
  text: string,
  options: { voice: string; wpm: number; pitch: number; gainDb?: number; pad?: [number, number] },
): string {
  dir ??= mkdtempSync(join(tmpdir(), 'counterpart-voice-'));
  const name = `${options.voice}-${options.wpm}-${options.pitch}-${options.gainDb ?? 0}-${text.length}`;
  const raw = join(dir, `${name}-raw.wav`);
  const out = join(dir, `${name}.wav`);
  execFileSync('espeak-ng', [
    '-v',
    options.voice,
    '-s',
    String(options.wpm),
    '-p',
    String(options.pitch),
    '-w',
    raw,
    text,
  ]);
  const [before, after] = options.pad ?? [0.5, 1.5];
  execFileSync('sox', [
    raw,
    '-r',
    String(RATE),
    '-c',
    '1',
    '-b',
    '16',
    out,
    'gain',
    String(options.gainDb ?? -6),
    'pad',
    String(before),
    String(after),
  ]);
  return out;
}
