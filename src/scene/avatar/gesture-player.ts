import type { SeededRandom } from '../../core/math/seeded-random';
import type { Gesture } from '../../core/scenario/vocabulary';
import { type GestureContext, GestureSample } from './gesture-sample';
import { GESTURE_SPECS } from './gesture-specs';
import type { Side } from './humanoid-pose';
import { lerp, smoothstep } from './motion-math';

/** One playing gesture: how long it has run and how much of it shows. */
export class GestureTrack {
  gesture: Gesture = 'none';
  time = 0;
  /** Linear blend 0..1; `weight` eases it. */
  blend = 0;
  ending = false;
  variation = 0;
  readonly sample = new GestureSample();

  get weight(): number {
    return smoothstep(this.blend);
  }
}

/** A "while speaking" gesture (gesticulate) plays at least this long, so a pause between lines does not cut it off. */
const SPEAKING_GRACE_SECONDS = 0.6;

/**
 * Plays the line's gesture over the idle body. Two tracks let the previous gesture blend out
 * while the next blends in; a held gesture that the next line repeats keeps holding instead of
 * restarting, a motion (slam, nod …) plays again.
 */
export class GesturePlayer {
  previous = new GestureTrack();
  current = new GestureTrack();
  private serial = -1;

  constructor(private readonly random: SeededRandom) {}

  /** Starts `gesture` when `lineSerial` changed, advances both tracks and samples them into their `sample`. */
  update(dt: number, gesture: Gesture, lineSerial: number, ctx: GestureContext): void {
    if (lineSerial !== this.serial) {
      this.serial = lineSerial;
      this.start(gesture);
    }
    this.advance(this.previous, dt, ctx);
    this.advance(this.current, dt, ctx);
  }

  /** How much the gestures take over the gaze: the previous track, then the current one over it. */
  gazeWeight(): number {
    return lerp(
      this.previous.sample.gazeWeight * this.previous.weight,
      1,
      this.current.sample.gazeWeight * this.current.weight,
    );
  }

  /** The tracks' gaze yaw or pitch blended the same way, as one direction to lerp to by `gazeWeight()`. */
  gaze(axis: 'yaw' | 'pitch'): number {
    const { previous, current } = this;
    const p = axis === 'yaw' ? previous.sample.gazeYaw : previous.sample.gazePitch;
    const c = axis === 'yaw' ? current.sample.gazeYaw : current.sample.gazePitch;
    const wp = previous.sample.gazeWeight * previous.weight;
    const wc = current.sample.gazeWeight * current.weight;
    const total = wp + (1 - wp) * wc;
    return total > 1e-6 ? (wp * (1 - wc) * p + wc * c) / total : 0;
  }

  /** Finger curl of `side` (the index's when `index`): the tracks' overrides blended over `base`. */
  curl(side: Side, base: number, index: boolean): number {
    const p = this.previous.sample.hand(side);
    const c = this.current.sample.hand(side);
    return blendOver(
      blendOver(base, index ? p.indexCurl : p.curl, this.previous.weight),
      index ? c.indexCurl : c.curl,
      this.current.weight,
    );
  }

  private start(gesture: Gesture): void {
    const current = this.current;
    const held = GESTURE_SPECS[gesture].duration === Number.POSITIVE_INFINITY;
    if (held && current.gesture === gesture && !current.ending) return;
    // The outgoing track fades from wherever it is; a third gesture in quick succession replaces it.
    this.current = this.previous;
    this.previous = current;
    this.previous.ending = true;
    const next = this.current;
    next.gesture = gesture;
    next.time = 0;
    next.blend = 0;
    next.ending = false;
    next.variation = this.random.next();
  }

  private advance(track: GestureTrack, dt: number, ctx: GestureContext): void {
    const spec = GESTURE_SPECS[track.gesture];
    track.time += dt;
    if (track.time > spec.duration || (spec.whileSpeaking && !ctx.speaking && track.time > SPEAKING_GRACE_SECONDS))
      track.ending = true;
    track.blend = track.ending
      ? Math.max(0, track.blend - dt / spec.blendOut)
      : Math.min(1, track.blend + dt / spec.blendIn);
    track.sample.reset();
    if (track.blend <= 0) return;
    ctx.variation = track.variation;
    spec.sample(track.time, ctx, track.sample);
  }
}

/** `override` blended over `value` by `weight`; a negative override means "none". */
function blendOver(value: number, override: number, weight: number): number {
  return override < 0 ? value : lerp(value, override, weight);
}
