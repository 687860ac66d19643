import { useFrame } from '@react-three/fiber';
import { FRAME_ORDER } from '../scene/frame-order';
import { playhead } from './replay-playhead';
import { stepReplayVoice } from './replay-voice';
import { reviewStore } from './review-store';

/** ReplayDriver renders nothing and takes no props. */
export type ReplayDriverProps = Record<string, never>;

/**
 * Advances the replay's playhead by the frame's time × the chosen speed while playing, stops at
 * the end, and brings the pose, avatar cues and discrete cursor up to date — every frame, playing
 * or not, so a seek from the DOM shows on the next frame. Then the voice hears where the playhead
 * went from and to (a frame that does not start where the last one ended follows a seek). Reads
 * the store with getState() and writes it only when the playhead crosses a step (docs/architecture.md#per-frame-code).
 */
export function ReplayDriver() {
  useFrame((_state, delta) => {
    const review = reviewStore.getState();
    const open = review.open;
    const replay = playhead.replay;
    if (open?.status !== 'ready' || !replay) return;
    const from = playhead.timeMs;
    if (review.playing) {
      // A long frame (tab switch) must not jump minutes ahead.
      playhead.timeMs = Math.min(open.durationMs, playhead.timeMs + Math.min(delta, 0.25) * 1000 * review.speed);
      if (playhead.timeMs >= open.durationMs) review.setPlaying(false);
    }
    reviewStore.getState().sync();
    const { playing, speed } = reviewStore.getState();
    // Stopping at the end is not a pause: the last line's voice may finish its last word.
    stepReplayVoice(replay.model.lines, from, playhead.timeMs, playing || playhead.timeMs >= open.durationMs, speed);
  }, FRAME_ORDER.replayDriver);
  return null;
}
