/**
 * Turns a grid of points (rows × columns) into triangles with smooth normals.
 * Nearly every shape here (torso, limbs, head, hair, collars) is such a grid:
 * rings stacked along an axis, or a patch laid over another surface.
 */
import { type Color, Vector3 } from 'three';
import { at } from './math';
import type { BoneWeights, MeshBuilder } from './mesh-builder';

export interface GridOptions {
  color: (row: number, col: number, p: Vector3) => Color;
  bones: (p: Vector3, row: number, col: number) => BoneWeights;
  /** Columns form a closed ring (the last column joins the first). */
  wrapColumns?: boolean;
  /** Rows form a closed loop (a torus-like sweep). */
  wrapRows?: boolean;
  /**
   * 'outward' flips the winding when most faces point towards the grid's centre,
   * which is right for every closed or cup-shaped part; flat patches say 'keep' or 'flip'.
   */
  orientation?: 'outward' | 'keep' | 'flip';
  /** Close the first / last row with a flat fan (tube ends, cuffs). */
  capStart?: Color | false;
  capEnd?: Color | false;
  /**
   * Exact normals from the surface function. Parts that another mesh is laid
   * over (the head under the face features) need them, or lighting differs at the seam.
   */
  normalAt?: (row: number, col: number) => Vector3;
}

const EPS = 1e-10;

export function addGrid(builder: MeshBuilder, rows: readonly (readonly Vector3[])[], options: GridOptions): void {
  const R = rows.length;
  const C = at(rows, 0).length;
  const wrapC = options.wrapColumns ?? false;
  const wrapR = options.wrapRows ?? false;
  const p = (i: number, j: number): Vector3 => at(at(rows, i), j);

  const quads: [number, number, number, number][] = [];
  const rowQuads = wrapR ? R : R - 1;
  const colQuads = wrapC ? C : C - 1;
  for (let i = 0; i < rowQuads; i++) {
    for (let j = 0; j < colQuads; j++) {
      const i2 = (i + 1) % R;
      const j2 = (j + 1) % C;
      quads.push([i * C + j, i * C + j2, i2 * C + j2, i2 * C + j]);
    }
  }
  const point = (k: number): Vector3 => p(Math.floor(k / C), k % C);

  // Triangles as (a, b, c) with normal (b - a) × (c - a): column direction × row direction.
  const triangles: [number, number, number][] = [];
  for (const [a, b, c, d] of quads) {
    triangles.push([a, b, c], [a, c, d]);
  }
  const faceNormal = (t: readonly [number, number, number]): Vector3 => {
    const a = point(t[0]);
    return new Vector3().subVectors(point(t[1]), a).cross(new Vector3().subVectors(point(t[2]), a));
  };

  const centroid = new Vector3();
  for (const row of rows) for (const q of row) centroid.add(q);
  centroid.divideScalar(R * C);

  let flip = options.orientation === 'flip';
  if ((options.orientation ?? 'outward') === 'outward') {
    let score = 0;
    for (const t of triangles) {
      const mid = point(t[0]).clone().add(point(t[1])).add(point(t[2])).divideScalar(3);
      score += faceNormal(t).dot(mid.sub(centroid));
    }
    flip = score < 0;
  }

  const normals = Array.from({ length: R * C }, () => new Vector3());
  for (const t of triangles) {
    const n = faceNormal(t);
    if (n.lengthSq() < EPS * EPS) continue;
    for (const k of t) at(normals, k).add(n);
  }
  smoothPoleRows(rows, normals, C);
  if (flip) for (const n of normals) n.negate();
  if (options.normalAt) {
    for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) at(normals, i * C + j).copy(options.normalAt(i, j));
  }

  const base = builder.vertexCount;
  for (let i = 0; i < R; i++) {
    for (let j = 0; j < C; j++) {
      const position = p(i, j);
      builder.addVertex({
        position,
        normal: at(normals, i * C + j),
        color: options.color(i, j, position),
        bones: options.bones(position, i, j),
      });
    }
  }
  for (const t of triangles) {
    if (faceNormal(t).lengthSq() < EPS * EPS) continue;
    if (flip) builder.addTriangle(base + t[0], base + t[2], base + t[1]);
    else builder.addTriangle(base + t[0], base + t[1], base + t[2]);
  }

  if (options.capStart) addCap(builder, rows[0] ?? [], centroid, options.capStart, options, 0);
  if (options.capEnd) addCap(builder, rows[R - 1] ?? [], centroid, options.capEnd, options, R - 1);
}

/** A row collapsed to one point (a pole) gets one shared normal, or it shades as a star. */
function smoothPoleRows(rows: readonly (readonly Vector3[])[], normals: Vector3[], C: number): void {
  rows.forEach((row, i) => {
    const first = at(row, 0);
    if (!row.every((q) => q.distanceToSquared(first) < 1e-12)) return;
    const sum = new Vector3();
    for (let j = 0; j < C; j++)
      sum.add(
        at(normals, i * C + j)
          .clone()
          .normalize(),
      );
    for (let j = 0; j < C; j++) at(normals, i * C + j).copy(sum);
  });
}

function addCap(
  builder: MeshBuilder,
  ring: readonly Vector3[],
  gridCentroid: Vector3,
  color: Color,
  options: GridOptions,
  rowIndex: number,
): void {
  const center = new Vector3();
  for (const q of ring) center.add(q);
  center.divideScalar(ring.length);
  // Newell's method gives the ring's plane normal even for a slightly warped ring.
  const normal = new Vector3();
  ring.forEach((q, j) => {
    const r = at(ring, (j + 1) % ring.length);
    normal.x += (q.y - r.y) * (q.z + r.z);
    normal.y += (q.z - r.z) * (q.x + r.x);
    normal.z += (q.x - r.x) * (q.y + r.y);
  });
  const outward = normal.dot(center.clone().sub(gridCentroid)) >= 0;
  if (!outward) normal.negate();
  const c = builder.addVertex({ position: center, normal, color, bones: options.bones(center, rowIndex, 0) });
  const first = builder.vertexCount;
  for (const q of ring) builder.addVertex({ position: q, normal, color, bones: options.bones(q, rowIndex, 0) });
  const n = ring.length;
  for (let j = 0; j < n; j++) {
    const a = first + j;
    const b = first + ((j + 1) % n);
    // Pick the winding whose face normal agrees with the cap normal.
    const e1 = at(ring, (j + 1) % n)
      .clone()
      .sub(center);
    const e2 = at(ring, j).clone().sub(center);
    if (e2.cross(e1).dot(normal) >= 0) builder.addTriangle(c, a, b);
    else builder.addTriangle(c, b, a);
  }
}
