import { PitchDetector } from 'pitchy';
import type { PitchEstimator } from '../core/voice/frame-analyzer';

/** Pitch estimates with a clarity below this are noise, breath or a fricative (espeak-ng vowels reach 0.7–1). */
const MIN_CLARITY = 0.65;
/** Speaking voices (adult and child) lie between these; outside is an octave error or a whistle. */
const VOICE_HZ = [60, 600] as const;

/**
 * pitchy (McLeod pitch method): a small pure-JS library whose normalised square difference function
 * is robust on voices and gives a clarity with each estimate. Buffers are allocated once per size.
 */
export function pitchyEstimator(): PitchEstimator {
  let detector: PitchDetector<Float32Array> | null = null;
  return {
    estimate(window, sampleRate) {
      if (detector === null || detector.inputLength !== window.length)
        detector = PitchDetector.forFloat32Array(window.length);
      const [hz, clarity] = detector.findPitch(window, sampleRate);
      return clarity >= MIN_CLARITY && hz >= VOICE_HZ[0] && hz <= VOICE_HZ[1] ? hz : 0;
    },
  };
}
