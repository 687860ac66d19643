import { BoxGeometry, BufferAttribute, type BufferGeometry, Color, PlaneGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { BoxSpec } from './merge-boxes';

/** One part of a merged surface: a geometry already in place, its colour and how it reflects (./surface-material.ts). */
export interface SurfacePart {
  geometry: BufferGeometry;
  color: string;
  roughness: number;
  metalness?: number;
  /** Self-lit glow as a multiple of the colour (a screen), 0 for none. */
  emissive?: number;
  /** Faceted look (the plant): normals per face instead of smoothed. */
  flat?: boolean;
}

/** A w × h rectangle turned about x, then y, and moved to `at`: a wall, the ceiling, a floor board. */
export function plane(
  w: number,
  h: number,
  at: readonly [number, number, number],
  rotX: number,
  rotY: number,
): BufferGeometry {
  const g = new PlaneGeometry(w, h);
  if (rotX) g.rotateX(rotX);
  if (rotY) g.rotateY(rotY);
  g.translate(at[0], at[1], at[2]);
  return g;
}

/** Boxes (./merge-boxes.ts) as surface parts of one roughness. */
export function boxParts(boxes: readonly BoxSpec[], roughness: number, metalness = 0): SurfacePart[] {
  return boxes.map((b) => {
    const geometry = new BoxGeometry(b.size[0], b.size[1], b.size[2]);
    geometry.translate(b.at[0], b.at[1], b.at[2]);
    return { geometry, color: b.color, roughness, metalness };
  });
}

/**
 * Merges parts into one geometry with `position`, `normal`, `color` and `surface` for
 * surfaceMaterial(): one draw call for everything static that shares a shadow role. Takes
 * ownership of the parts' geometries (disposes them).
 */
export function mergeSurfaces(parts: readonly SurfacePart[]): BufferGeometry {
  const color = new Color();
  const prepared = parts.map((p) => {
    const g = p.geometry.index ? p.geometry.toNonIndexed() : p.geometry.clone();
    if (p.flat) g.computeVertexNormals(); // non-indexed: every triangle gets its own face normal
    for (const name of Object.keys(g.attributes)) if (name !== 'position' && name !== 'normal') g.deleteAttribute(name);
    const count = g.getAttribute('position').count;
    color.set(p.color); // hex is sRGB; three converts it to the linear working space
    const colors = new Float32Array(count * 3);
    const surface = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) {
      colors[i * 3] = color.r;
      colors[i * 3 + 1] = color.g;
      colors[i * 3 + 2] = color.b;
      surface[i * 3] = p.roughness;
      surface[i * 3 + 1] = p.metalness ?? 0;
      surface[i * 3 + 2] = p.emissive ?? 0;
    }
    g.setAttribute('color', new BufferAttribute(colors, 3));
    g.setAttribute('surface', new BufferAttribute(surface, 3));
    return g;
  });
  const merged = mergeGeometries(prepared, false);
  for (const g of prepared) g.dispose();
  for (const p of parts) p.geometry.dispose();
  if (!merged) throw new Error('mergeSurfaces: geometries could not be merged');
  return merged;
}
