import { BoxGeometry, BufferAttribute, type BufferGeometry, Color } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** One box of a merged group: centre, size and colour. */
export interface BoxSpec {
  at: readonly [number, number, number];
  size: readonly [number, number, number];
  color: string;
}

/**
 * Merges many static boxes into one vertex-coloured geometry: a shelf full of products costs one
 * draw call instead of one per box (budget: ≤ 100 draw calls per frame, aim for 60; docs/performance.md#budgets).
 */
export function mergeBoxes(boxes: readonly BoxSpec[]): BufferGeometry {
  const color = new Color();
  const parts = boxes.map((b) => {
    const g = new BoxGeometry(b.size[0], b.size[1], b.size[2]);
    g.translate(b.at[0], b.at[1], b.at[2]);
    color.set(b.color); // hex is sRGB; three converts it to the linear working space
    const count = g.getAttribute('position').count;
    const colors = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) colors.set([color.r, color.g, color.b], i * 3);
    g.setAttribute('color', new BufferAttribute(colors, 3));
    return g;
  });
  const merged = mergeGeometries(parts, false);
  for (const p of parts) p.dispose();
  if (!merged) throw new Error('mergeBoxes: geometries could not be merged');
  return merged;
}
