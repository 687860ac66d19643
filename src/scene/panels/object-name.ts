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
