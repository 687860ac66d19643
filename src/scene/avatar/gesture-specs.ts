import type { Gesture } from '../../core/scenario/vocabulary';
import { checkWatch, gesticulate, lookAround, nod, shakeHead, slamCounter } from './gesture-motions';
import { armsCrossed, handOnCounter, leanBack, leanIn, point, shrug } from './gesture-poses';
import type { GestureContext, GestureSample } from './gesture-sample';

/** How a gesture plays: its blends, how long it lasts, and what it wants at time t. */
export interface GestureSpec {
  /** Seconds to blend in from the idle pose and back out. */
  readonly blendIn: number;
  readonly blendOut: number;
  /** Seconds before it returns to idle; Infinity holds it until the next line. */
  readonly duration: number;
  /** Stops (blends out) once the customer stops speaking. */
  readonly whileSpeaking?: boolean;
  sample(t: number, ctx: GestureContext, out: GestureSample): void;
}

const idle = (): void => {};

/** Every gesture tag of the scenario vocabulary, as a pose or a short motion. */
export const GESTURE_SPECS: Record<Gesture, GestureSpec> = {
  none: { blendIn: 0.3, blendOut: 0.4, duration: 0, sample: idle },
  arms_crossed: { blendIn: 0.5, blendOut: 0.5, duration: Number.POSITIVE_INFINITY, sample: armsCrossed },
  point: { blendIn: 0.3, blendOut: 0.45, duration: 1.8, sample: point },
  hand_on_counter: { blendIn: 0.45, blendOut: 0.45, duration: Number.POSITIVE_INFINITY, sample: handOnCounter },
  slam_counter: { blendIn: 0.3, blendOut: 0.5, duration: 1.5, sample: slamCounter },
  shrug: { blendIn: 0.35, blendOut: 0.45, duration: 1.35, sample: shrug },
  check_watch: { blendIn: 0.4, blendOut: 0.45, duration: 2.1, sample: checkWatch },
  look_around: { blendIn: 0.2, blendOut: 0.3, duration: 2.4, sample: lookAround },
  lean_in: { blendIn: 0.5, blendOut: 0.5, duration: Number.POSITIVE_INFINITY, sample: leanIn },
  lean_back: { blendIn: 0.5, blendOut: 0.5, duration: Number.POSITIVE_INFINITY, sample: leanBack },
  nod: { blendIn: 0.1, blendOut: 0.25, duration: 1.05, sample: nod },
  shake_head: { blendIn: 0.1, blendOut: 0.25, duration: 1.35, sample: shakeHead },
  gesticulate: {
    blendIn: 0.35,
    blendOut: 0.5,
    duration: Number.POSITIVE_INFINITY,
    whileSpeaking: true,
    sample: gesticulate,
  },
};
