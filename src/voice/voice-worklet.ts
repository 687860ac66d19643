import { FrameAnalyzer, type FrameSink } from '../core/voice/frame-analyzer';
import { pitchyEstimator } from './pitchy-estimator';

/**
 * The AudioWorklet side of voice mode: runs FrameAnalyzer (FFT, pitch) on the audio thread and
 * posts the small per-frame features to the main thread in batches, so the main thread only does
 * a few additions per frame. Bundled by Vite (`?worker&url`) and loaded only in voice mode.
 * Messages: { kind: 'start', frameSeconds, sampleRate } once, then { kind: 'frames', data }
 * with data = [dbfs, flatness, pitchHz] × FRAMES_PER_POST. The main thread sends each batch back
 * ({ kind: 'recycle', data }), so the audio thread reuses a small pool of buffers instead of
 * allocating one per post (a garbage collection there is an audible gap).
 */

// The AudioWorkletGlobalScope is not in TypeScript's libs: declare what this file uses.
declare const sampleRate: number;
declare function registerProcessor(name: string, processor: new () => WorkletProcessor): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
interface WorkletProcessor extends AudioWorkletProcessor {
  process(inputs: Float32Array[][]): boolean;
}

export const VOICE_PROCESSOR = 'counterpart-voice';
/** ≈ 46 ms per post at 44.1 kHz: turn ends and latencies are timed on the audio clock, so batching costs no precision. */
const FRAMES_PER_POST = 4;
/** Batches in flight before the pool has to grow (≈ 0.4 s of frames; the main thread answers within a frame or two). */
const POOL_SIZE = 8;

type InMessage = { kind: 'stop' } | { kind: 'recycle'; data: Float32Array };

class VoiceProcessor extends AudioWorkletProcessor implements FrameSink {
  private readonly analyzer = new FrameAnalyzer(sampleRate, pitchyEstimator());
  private readonly pool: Float32Array[] = [];
  private batch: Float32Array;
  private count = 0;
  private stopped = false;
  /** One message object and transfer list, refilled for every post. */
  private readonly message: { kind: 'frames'; data: Float32Array | null } = { kind: 'frames', data: null };
  private readonly transfer: ArrayBuffer[] = [];

  constructor() {
    super();
    for (let i = 0; i < POOL_SIZE; i++) this.pool.push(new Float32Array(FRAMES_PER_POST * 3));
    this.batch = this.take();
    this.port.postMessage({ kind: 'start', frameSeconds: this.analyzer.frameSeconds, sampleRate });
    this.port.onmessage = (event: MessageEvent<InMessage>) => {
      const message = event.data;
      if (message.kind === 'stop') this.stopped = true;
      else if (message.data.length === FRAMES_PER_POST * 3) this.pool.push(message.data);
    };
  }

  private take(): Float32Array {
    return this.pool.pop() ?? new Float32Array(FRAMES_PER_POST * 3);
  }

  frame(dbfs: number, flatness: number, pitchHz: number): void {
    const at = this.count * 3;
    this.batch[at] = dbfs;
    this.batch[at + 1] = flatness;
    this.batch[at + 2] = pitchHz;
    if (++this.count === FRAMES_PER_POST) {
      this.message.data = this.batch;
      this.transfer[0] = this.batch.buffer as ArrayBuffer;
      this.port.postMessage(this.message, this.transfer);
      this.message.data = null;
      this.batch = this.take();
      this.count = 0;
    }
  }

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (channel) {
      // No timing here: Chromium's worklet scope has no performance.now, and Date.now summed over
      // render quanta reported a tenth of the cost measured for the same code elsewhere. The bench
      // times this code in Node (scripts/bench/voice-core.ts).
      this.analyzer.push(channel, this);
    }
    return !this.stopped;
  }
}

registerProcessor(VOICE_PROCESSOR, VoiceProcessor);
