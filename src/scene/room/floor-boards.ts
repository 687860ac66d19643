import type { BufferGeometry } from 'three';
import { LAYOUT } from '../layout';
import { plane, type SurfacePart } from './merge-surfaces';

const { width, depth, backWallZ } = LAYOUT.room;

/** Oak boards 1.75 m long and 0.2 m wide, in four tones, staggered row by row like a real floor. */
const BOARD = { length: width / 4, width: 0.2 } as const;
const TONES = ['#a07f61', '#9a795b', '#a5846a', '#94745a'] as const;
/** The dark seams between boards (the floor under them, seen through the gaps). */
const SEAM = '#7b5e47';
const GAP = { end: 0.014, side: 0.009 } as const;
/** Boards lie this high above the seam colour underneath: far above depth precision at room distances. */
const LIFT = 0.0015;
const ROUGHNESS = 0.7;

/** A horizontal rectangle facing up, from (x0, z0) to (x1, z1), at height y. */
function flat(x0: number, x1: number, z0: number, z1: number, y: number): BufferGeometry {
  return plane(x1 - x0, z1 - z0, [(x0 + x1) / 2, y, (z0 + z1) / 2], -Math.PI / 2, 0);
}

/**
 * The wooden floor as geometry rather than a texture, so it joins the room's shell in one draw
 * call (./merged-room.ts): the seam colour over the whole floor, and on it one rectangle per board,
 * a little apart. The stagger is fixed, not random, so every run shows the same floor.
 */
export function floorBoards(): SurfacePart[] {
  const parts: SurfacePart[] = [
    { geometry: flat(-width / 2, width / 2, backWallZ, backWallZ + depth, 0), color: SEAM, roughness: ROUGHNESS },
  ];
  const rows = Math.round(depth / BOARD.width);
  for (let row = 0; row < rows; row++) {
    const z0 = backWallZ + row * BOARD.width;
    const offset = (((row % 8) * 97) % 256) / 256;
    for (let k = -1; ; k++) {
      const start = -width / 2 + (offset + k) * BOARD.length;
      if (start >= width / 2) break;
      const x0 = Math.max(-width / 2, start + GAP.end);
      const x1 = Math.min(width / 2, start + BOARD.length);
      if (x1 - x0 < 0.01) continue;
      parts.push({
        geometry: flat(x0, x1, z0 + GAP.side, z0 + BOARD.width, LIFT),
        color: TONES[(row + k + 4) % TONES.length] as string,
        roughness: ROUGHNESS,
      });
    }
  }
  return parts;
}
