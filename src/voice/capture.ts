import { hopSizeFor } from '../core/voice/frame-analyzer';
import type { UtteranceMeasures } from '../core/voice/measures';
import type { VoiceStatus } from '../core/voice/schema';
import { VoiceTracker } from '../core/voice/tracker';
import workletUrl from './voice-worklet.ts?worker&url';

/**
 * The microphone side of voice mode: asks for the microphone, runs the analysis worklet and feeds
 * its frames to a VoiceTracker on the main thread. Audio never leaves the audio graph: nothing is
 * recorded, stored or sent; only the tracker's numbers come out.
 */

const VOICE_PROCESSOR = 'counterpart-voice';

/** Cost counters for the bench (window.__counterpartVoiceStats in voice mode). */
export interface VoiceCaptureStats {
  frames: number;
  /** Main-thread time spent feeding frames to the tracker (ms). */
  mainMs: number;
  /** Audio analysed (s). */
  audioS: number;
}

export interface VoiceCapture {
  readonly tracker: VoiceTracker;
  readonly stats: VoiceCaptureStats;
  /** Last frame's loudness (dBFS), for the microphone indicator. */
  level(): number;
  /** Called after each batch of frames (≈ 46 ms), e.g. to notice the end of an answer. */
  onFrames?: () => void;
  stop(): void;
}

export type CaptureResult =
  | { ok: true; capture: VoiceCapture }
  | { ok: false; status: Exclude<VoiceStatus, 'measured'>; detail: string };

function failure(error: unknown): CaptureResult {
  const name =
    error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)
      ? (error as Error).name
      : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'NotAllowedError' || name === 'SecurityError') return { ok: false, status: 'refused', detail };
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return { ok: false, status: 'no-microphone', detail };
  return { ok: false, status: 'unsupported', detail };
}

/**
 * Opens the microphone and starts measuring. Call from a user gesture where possible (the
 * AudioContext may otherwise start suspended; it is resumed here anyway).
 */
export async function startVoiceCapture(): Promise<CaptureResult> {
  const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
  if (!media?.getUserMedia || typeof AudioWorkletNode === 'undefined') {
    return { ok: false, status: 'unsupported', detail: 'getUserMedia or AudioWorklet missing' };
  }
  let stream: MediaStream;
  try {
    // Echo cancellation keeps the customer's voice from the speakers out of the measures (overlap!);
    // noise suppression and gain control would change the loudness and pitch we measure.
    stream = await media.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: false, autoGainControl: false },
    });
  } catch (error) {
    return failure(error);
  }
  let context: AudioContext | null = null;
  try {
    context = new AudioContext();
    await context.audioWorklet.addModule(workletUrl);
    await context.resume();
    const source = context.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(context, VOICE_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      channelCount: 1,
      channelCountMode: 'explicit',
    });
    source.connect(node);
    // The node writes nothing to its output; connecting it keeps the graph pulling it in every browser.
    node.connect(context.destination);
    return { ok: true, capture: wire(context, stream, node) };
  } catch (error) {
    for (const track of stream.getTracks()) track.stop();
    void context?.close();
    return failure(error);
  }
}

function wire(context: AudioContext, stream: MediaStream, node: AudioWorkletNode): VoiceCapture {
  // The worklet uses the same hop rule, so both sides agree on the frame length.
  const tracker = new VoiceTracker(hopSizeFor(context.sampleRate) / context.sampleRate);
  const stats: VoiceCaptureStats = { frames: 0, mainMs: 0, audioS: 0 };
  let last = -100;
  // The batch goes back to the worklet's pool; one message object and transfer list serve every return.
  const recycle: { kind: 'recycle'; data: Float32Array | null } = { kind: 'recycle', data: null };
  const transfer: ArrayBuffer[] = [];
  node.port.onmessage = (
    event: MessageEvent<{ kind: 'start'; frameSeconds: number } | { kind: 'frames'; data: Float32Array }>,
  ) => {
    const message = event.data;
    if (message.kind === 'start') return;
    const t0 = performance.now();
    const data = message.data;
    for (let i = 0; i + 2 < data.length; i += 3)
      tracker.frame(data[i] as number, data[i + 1] as number, data[i + 2] as number);
    last = data[data.length - 3] ?? last;
    stats.frames += data.length / 3;
    // Returned last: the transfer detaches `data` here.
    recycle.data = data;
    transfer[0] = data.buffer as ArrayBuffer;
    node.port.postMessage(recycle, transfer);
    recycle.data = null;
    stats.mainMs += performance.now() - t0;
    stats.audioS = stats.frames * tracker.frameSeconds;
    capture.onFrames?.();
  };
  const capture: VoiceCapture = {
    tracker,
    stats,
    level: () => last,
    stop() {
      node.port.postMessage({ kind: 'stop' });
      node.port.onmessage = null;
      node.disconnect();
      for (const track of stream.getTracks()) track.stop();
      void context.close();
    },
  };
  return capture;
}

export type { UtteranceMeasures };
