/**
 * Draws face features in 2-D face coordinates (x across, y up, metres) and lays
 * them onto the head surface at a small height above the skin. Stacking by
 * height instead of by draw order keeps the face one primitive:
 *   whites 0.3 mm < iris 0.6 mm < pupil highlight 0.8 mm < lids and lips 1.5 mm.
 */
import type { Color } from 'three';
import type { BoneWeights, MeshBuilder } from '../geometry/mesh-builder';
import type { HeadSurface } from '../head/head-surface';

export interface FacePoint {
  x: number;
  y: number;
  /** Height above the skin, metres. */
  offset: number;
  color: Color;
}

const HEAD_ONLY: BoneWeights = [['head', 1]];

export class FaceCanvas {
  constructor(
    private readonly head: HeadSurface,
    private readonly builder: MeshBuilder,
  ) {}

  private vertex(p: FacePoint): number {
    return this.builder.addVertex({
      position: this.head.project(p.x, p.y, p.offset),
      normal: this.head.faceNormal(p.x, p.y),
      color: p.color,
      bones: HEAD_ONLY,
    });
  }

  /**
   * Quads between consecutive rows. Winding is chosen per grid so the summed
   * 2-D area faces the viewer; grids are built consistently, so one flag fits all.
   */
  grid(rows: readonly (readonly FacePoint[])[], options: { wrap?: boolean; orientation?: 'auto' | 'keep' } = {}): void {
    const ids = rows.map((row) => row.map((p) => this.vertex(p)));
    const cols = rows[0]?.length ?? 0;
    const quads: [FacePoint, FacePoint, FacePoint, FacePoint, number, number, number, number][] = [];
    for (let i = 0; i + 1 < rows.length; i++) {
      const r0 = rows[i] ?? [];
      const r1 = rows[i + 1] ?? [];
      const i0 = ids[i] ?? [];
      const i1 = ids[i + 1] ?? [];
      const last = options.wrap ? cols : cols - 1;
      for (let j = 0; j < last; j++) {
        const j2 = (j + 1) % cols;
        const a = r0[j];
        const b = r0[j2];
        const c = r1[j2];
        const d = r1[j];
        if (!a || !b || !c || !d) continue;
        quads.push([a, b, c, d, i0[j] ?? 0, i0[j2] ?? 0, i1[j2] ?? 0, i1[j] ?? 0]);
      }
    }
    let area = 0;
    for (const [a, b, c, d] of quads) area += signedArea(a, b, c) + signedArea(a, c, d);
    // Strips that are deliberately zero-width at rest cannot vote; their builder says 'keep'.
    const flip = options.orientation === 'keep' ? false : area < 0;
    for (const [, , , , ia, ib, ic, id] of quads) {
      this.triangle(ia, ib, ic, flip);
      this.triangle(ia, ic, id, flip);
    }
  }

  /** A closed ring filled from its centre (iris, pupil, highlight). */
  fan(center: FacePoint, ring: readonly FacePoint[]): void {
    const c = this.vertex(center);
    const ids = ring.map((p) => this.vertex(p));
    let area = 0;
    ring.forEach((p, j) => {
      area += signedArea(center, p, ring[(j + 1) % ring.length] ?? p);
    });
    ids.forEach((id, j) => {
      this.triangle(c, id, ids[(j + 1) % ids.length] ?? id, area < 0);
    });
  }

  private triangle(a: number, b: number, c: number, flip: boolean): void {
    if (flip) this.builder.addTriangle(a, c, b);
    else this.builder.addTriangle(a, b, c);
  }
}

const signedArea = (a: FacePoint, b: FacePoint, c: FacePoint): number =>
  (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
