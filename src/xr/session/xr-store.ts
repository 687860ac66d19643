import { createXRStore, type DefaultXRControllerOptions, type DefaultXRHandOptions } from '@react-three/xr';
import { PANEL_RENDER_ORDER } from '../../scene/panels/theme';
import { createCounterpartController } from '../controller/CounterpartController';
import { EMULATED_HEADSET } from './emulation-flag';

/**
 * Controller and hand models come from public/profiles/ (copied there by
 * scripts/copy-xr-profiles.ts), never from pmndrs/xr's default CDN. pmndrs resolves files with
 * `new URL(file, base)`, so the base must be absolute and end in a slash.
 */
export const PROFILES_BASE =
  typeof window === 'undefined'
    ? '/profiles/'
    : new URL(`${import.meta.env.BASE_URL}profiles/`, window.location.href).href;

/**
 * How long a trigger or a pinch may be held and still count as a click on a panel (ms). The
 * default 300 ms loses the clicks of trainees who press deliberately; nothing on the panels is
 * dragged, so a long hold can only mean "choose this". The emulated headset in browser tests
 * renders stereo in software at 0.5–8 frames a second on a busy machine, and a one-frame press
 * lasts a whole frame there, so it gets far more.
 */
export const CLICK_THRESHOLD_MS = EMULATED_HEADSET ? 30_000 : 1500;

/**
 * Panels are used through the ray only. The grab pointer (squeeze near a panel) and the hand's
 * touch pointer (poking it with a finger) would also click, and a trainee who gestures while
 * talking at a counter-top panel would choose answers by accident.
 */
const rayPointer = {
  clickThresholdMs: CLICK_THRESHOLD_MS,
  // The panels draw on top of the scene (PANEL_RENDER_ORDER); the ray and its cursor on top of them.
  rayModel: { renderOrder: PANEL_RENDER_ORDER + 1 },
  cursorModel: { renderOrder: PANEL_RENDER_ORDER + 2 },
} as const;
const controller: DefaultXRControllerOptions = { grabPointer: false, teleportPointer: false, rayPointer };
const hand: DefaultXRHandOptions = { grabPointer: false, touchPointer: false, teleportPointer: false, rayPointer };

/** Quest's refresh rates, best first: 90 Hz where offered, else the fastest rate below 90 Hz. */
export function preferredFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported);
  if (rates.includes(90)) return 90;
  const below = rates.filter((r) => r < 90).sort((a, b) => b - a);
  return below[0] ?? false;
}

/**
 * The app's one XR store, for its whole life (like the one <Canvas>). Choices and why:
 * - `emulate: false`: pmndrs' built-in emulator overwrites poses every frame and cannot be steered
 *   by a test; tests install iwer themselves behind `?xr=iwer` (./emulation.ts).
 * - `offerSession: false`: the app enters VR only from its own "Enter VR" button, which also
 *   decides where the conversation goes; an offered session would also ask for AR first.
 * - `frameRate` 90 Hz: the Quest starts at 72 Hz, where a bright room flickers for many people and
 *   head turns judder; 120 Hz leaves 8.3 ms per stereo frame, too little for a VRM customer with
 *   shadows on a Quest 2. 90 Hz (11.1 ms, docs/performance.md#budgets) is the budget the scene is measured against.
 * - `enterGrantedSession`: a browser that grants a session (following a link while in VR) gets VR.
 * - `foveation` 0.5: moderate fixed foveation saves fill rate at the lens edges, where the room
 *   is; the panels are read by turning the head, i.e. near the lens centre, so their text stays
 *   sharp. Higher values blur the subtitle when it is glanced at sideways.
 * - local-floor (the default without `bounded`): y = 0 is the real floor, so a standing trainee
 *   sees the counter at their own hip height; src/xr/session/TraineeOrigin.tsx places that floor.
 * - Only hand tracking is asked for: anchors, hit tests, planes, meshes, layers, body tracking
 *   and DOM overlay serve no purpose in a closed room and each can cost a permission prompt.
 * - Controllers without handedness (rare, never a Quest) get a ray but no model: the generic
 *   `none` models are not shipped (3 MB; see scripts/copy-xr-profiles.ts).
 */
export const xrStore = createXRStore({
  emulate: false,
  offerSession: false,
  enterGrantedSession: ['immersive-vr'],
  frameRate: preferredFrameRate,
  foveation: 0.5,
  baseAssetPath: PROFILES_BASE,
  defaultControllerProfileId: 'generic-trigger',
  defaultXRHandProfileId: 'generic-hand',
  handTracking: true,
  anchors: false,
  hitTest: false,
  planeDetection: false,
  meshDetection: false,
  layers: false,
  bodyTracking: false,
  depthSensing: false,
  domOverlay: false,
  controller: { default: createCounterpartController(controller), none: { ...controller, model: false } },
  hand,
  transientPointer: { clickThresholdMs: CLICK_THRESHOLD_MS },
  gaze: { clickThresholdMs: CLICK_THRESHOLD_MS },
  screenInput: false,
});
