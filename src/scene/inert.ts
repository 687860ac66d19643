/**
 * Props for a part of the scene nobody points at (the room, the counter, the customer). The
 * headset's pointer rays (pmndrs pointer events) walk the whole scene graph every frame, once per
 * pointer, looking for objects with handlers; the customer alone is hundreds of bones, spring
 * joints and expression nodes. `intersectChildren: false` ends the walk at the part's root. Only
 * for parts with no pointer handler anywhere inside: one below it would never be reached.
 */
export const INERT = { intersectChildren: false } as const;
