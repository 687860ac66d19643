import type { Object3D } from 'three';

/** How much of the scene graph the XR pointer rays walk each frame, per pointer (see ./inert.ts). */
export interface PointerWalk {
  /** Objects the walk visits: it stops below a root marked `intersectChildren: false`. */
  visited: number;
  /** Every object in the scene. */
  total: number;
  /** Visited objects inside the named part (its root counted), e.g. 1 for an inert customer. */
  inside: number;
}

/**
 * Counts the objects pmndrs pointer events would visit from `root`, following its rule:
 * `interactableDescendants` when set, else the children, and nothing below an object with
 * `intersectChildren === false`. For tests and the bench; allocates a little, never per frame.
 */
export function pointerWalk(root: Object3D, part: string): PointerWalk {
  let visited = 0;
  let inside = 0;
  const walk = (object: Object3D, within: boolean) => {
    const here = within || object.name === part;
    visited++;
    if (here) inside++;
    if (object.intersectChildren === false) return;
    for (const child of object.interactableDescendants ?? object.children) walk(child, here);
  };
  walk(root, false);
  let total = 0;
  root.traverse(() => {
    total++;
  });
  return { visited, total, inside };
}
