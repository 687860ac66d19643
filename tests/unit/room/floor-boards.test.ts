import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../src/scene/layout';
import { floorBoards } from '../../../src/scene/room/floor-boards';

const { width, depth, backWallZ } = LAYOUT.room;

/** Each part's extent on the floor (x and z), from its vertices. */
function extents() {
  return floorBoards().map((part) => {
    const p = part.geometry.getAttribute('position');
    const xs: number[] = [];
    const zs: number[] = [];
    let y = 0;
    for (let i = 0; i < p.count; i++) {
      xs.push(p.getX(i));
      zs.push(p.getZ(i));
      y = p.getY(i);
    }
    return { x0: Math.min(...xs), x1: Math.max(...xs), z0: Math.min(...zs), z1: Math.max(...zs), y, color: part.color };
  });
}

describe('the floor as boards', () => {
  const [under, ...boards] = extents();

  it('lays the seam colour under the whole floor and every board just above it, inside the room', () => {
    const floor = { x0: -width / 2, x1: width / 2, z0: backWallZ, z1: backWallZ + depth, y: 0 };
    for (const [key, value] of Object.entries(floor))
      expect(under?.[key as keyof typeof floor], key).toBeCloseTo(value, 5);
    for (const b of boards) {
      expect(b.y).toBeGreaterThan(0);
      expect(b.y).toBeLessThan(0.005);
      expect(b.x0).toBeGreaterThanOrEqual(-width / 2 - 1e-5);
      expect(b.x1).toBeLessThanOrEqual(width / 2 + 1e-5);
      expect(b.z0).toBeGreaterThanOrEqual(backWallZ - 1e-5);
      expect(b.z1).toBeLessThanOrEqual(backWallZ + depth + 1e-5);
    }
  });

  it('covers the floor but for narrow seams, in staggered rows of four tones', () => {
    const area = boards.reduce((sum, b) => sum + (b.x1 - b.x0) * (b.z1 - b.z0), 0);
    expect(area / (width * depth)).toBeGreaterThan(0.9);
    expect(area / (width * depth)).toBeLessThan(0.99);
    expect(new Set(boards.map((b) => b.color)).size).toBe(4);
    // Neighbouring rows do not end their boards at the same places.
    const ends = (z0: number) =>
      boards
        .filter((b) => Math.abs(b.z0 - z0) < 0.05)
        .map((b) => b.x1.toFixed(2))
        .filter((x) => x !== (width / 2).toFixed(2));
    const first = ends(backWallZ);
    const second = ends(backWallZ + 0.2);
    expect(first.length).toBeGreaterThan(1);
    expect(first.some((x) => second.includes(x))).toBe(false);
  });
});
