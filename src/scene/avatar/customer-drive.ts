import type { Vector3 } from 'three';
import type { MouthWeights } from '../../core/speech/visemes';
import type { AvatarCues } from './useAvatarCues';

/**
 * What moves the customer instead of the live session, speech and camera — the trainer's replay.
 * All three are read every frame, so they write into what they are given and allocate nothing.
 */
export interface CustomerDrive {
  /** Cues the owner mutates in place (bump `revision` on change, `lineSerial` on a new line). */
  cues: AvatarCues;
  /** Writes where the trainee's eyes are (world space) into `out`: what the customer looks at. */
  traineeEyes(out: Vector3): Vector3;
  /** Writes the mouth shape weights of this moment into `out`. */
  mouth(out: MouthWeights): MouthWeights;
}
