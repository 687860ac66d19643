import { useFrame } from '@react-three/fiber';
import { playhead } from './replay-playhead';
import { reviewStore } from './review-store';

/** Runs before everything else that reads the playhead this frame (camera, ghost, avatar). */
export const DRIVER_PRIORITY = -2;

/** ReplayDriver renders nothing and takes no props. */
export type ReplayDriverProps = Record<string, never>;

/**
 * Advances the replay's playhead by the frame's time × the chosen speed while playing, stops at
 * the end, and brings the pose, avatar cues and discrete cursor up to date — every frame, playing
 * or not, so a seek from the DOM shows on the next frame. Reads the store with getState() and
 * writes it only when the playhead crosses a step (GUIDE §2.4).
 */
export function ReplayDriver() {
  useFrame((_state, delta) => {
    const review = reviewStore.getState();
    const open = review.open;
    if (open?.status !== 'ready' || !playhead.replay) return;
    if (review.playing) {
      // A long frame (tab switch) must not jump minutes ahead.
      playhead.timeMs = Math.min(open.durationMs, playhead.timeMs + Math.min(delta, 0.25) * 1000 * review.speed);
      if (playhead.timeMs >= open.durationMs) review.setPlaying(false);
    }
    reviewStore.getState().sync();
  }, DRIVER_PRIORITY);
  return null;
}
