import type { Object3D } from 'three';

const refs = new Map<string, (object: Object3D | null) => void>();

/**
 * A ref callback that names a panel element's object, so the browser tests can find it on screen
 * or in the room (SceneProbe.screenPoint / worldPoint). One stable callback per name, so React
 * does not detach and re-attach it on every render.
 */
export function objectName(name: string): (object: Object3D | null) => void {
  let ref = refs.get(name);
  if (!ref) {
    ref = (object) => {
      if (object) object.name = name;
    };
    refs.set(name, ref);
  }
  return ref;
}

/**
 * The names of the panels' visible cards: the browser tests read their screen rectangles
 * (SceneProbe.screenRect) to prove the customer's head and hands stay clear of every panel.
 */
export const PANEL_NAMES = {
  subtitle: 'panel-subtitle',
  answers: 'panel-answers',
  controls: 'panel-controls',
  debrief: 'panel-debrief',
  comfort: 'panel-comfort',
} as const;

/**
 * The groups the panels' roots are placed in. uikit hangs each root's instanced backgrounds and
 * glyphs off the root unnamed, so the draw-call census (draw-call-census.ts) finds the panels by
 * these (every panel name starts with `panel-`); they differ from PANEL_NAMES, which the tests
 * look up as the cards themselves.
 */
export const PANEL_PLACES = {
  conversation: 'panel-place-conversation',
  comfort: 'panel-place-comfort',
  voice: 'panel-place-voice',
} as const;
