import type { Vector3 } from 'three';
import type { MouthWeights } from '../../core/speech/visemes';
import type { AvatarCues } from './avatar-cues';

/**
 * What moves the customer: the live conversation (`useLiveDrive`: session and speech stores, the
 * camera) or the trainer's replay (the playhead). The avatar reads only this, the same way for
 * both. All three are read every frame, so they write into what they are given and allocate nothing.
 */
export interface CustomerDrive {
  /** Cues the owner mutates in place (through `applyLine`, which bumps `revision` and `lineSerial`). */
  cues: AvatarCues;
  /** Writes where the trainee's eyes are (world space) into `out`: what the customer looks at. */
  traineeEyes(out: Vector3): Vector3;
  /** Writes the mouth shape weights of this moment into `out`. */
  mouth(out: MouthWeights): MouthWeights;
}
