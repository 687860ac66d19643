import { PoseRecorder } from '../core/recording/pose-recorder';
import type { PoseTrack } from '../core/recording/pose-track';

/**
 * Where the end-of-session save gets the trainee's poses from. PoseCapture, inside the canvas,
 * keeps its recorder in a ref and offers it here while it is mounted; the save, outside React,
 * encodes whatever was recorded. Without a scene (unit tests, a failed canvas) the track is empty.
 */
let source: PoseRecorder | null = null;

/** Offers a recorder; returns the function that withdraws it (an effect's clean-up). */
export function providePoses(recorder: PoseRecorder): () => void {
  source = recorder;
  return () => {
    if (source === recorder) source = null;
  };
}

/** The poses of the conversation that just ended, in stored form. */
export function currentPoseTrack(): PoseTrack {
  return (source ?? new PoseRecorder()).encode();
}
