import { describe, expect, it } from 'vitest';
import { COUNTER_KINDS } from '../../../src/core/scenario/schema';
import { LAYOUT } from '../../../src/scene/layout';
import { counterProps, shelfBoxes } from '../../../src/scene/room/counter-props';
import type { BoxSpec } from '../../../src/scene/room/merge-boxes';

const WALL = LAYOUT.room.backWallZ;
const { width, depth, height } = LAYOUT.counter;
const key = (boxes: BoxSpec[]) => JSON.stringify(boxes);

/** Smallest and largest coordinate a box reaches on one axis. */
const extent = (b: BoxSpec, axis: 0 | 1 | 2): [number, number] => [
  b.at[axis] - b.size[axis] / 2,
  b.at[axis] + b.size[axis] / 2,
];

describe('props of each kind of counter', () => {
  it('gives every kind its own shelves and counter props', () => {
    const shelves = COUNTER_KINDS.filter((k) => k !== 'shop').map((k) => key(shelfBoxes(k, WALL)));
    expect(new Set(shelves).size).toBe(shelves.length);
    const counters = COUNTER_KINDS.map((k) => key(counterProps(k)));
    expect(new Set(counters).size).toBe(COUNTER_KINDS.length);
    // A shop shares the retailer's boxes but marks its shelves with price rails.
    expect(shelfBoxes('shop', WALL).length).toBeGreaterThan(shelfBoxes('repair', WALL).length);
  });

  it('keeps every shelf item inside its shelf unit and off the wall', () => {
    for (const kind of COUNTER_KINDS) {
      for (const b of shelfBoxes(kind, WALL)) {
        const [x0, x1] = extent(b, 0);
        const [y0, y1] = extent(b, 1);
        const [z0, z1] = extent(b, 2);
        const unit = [-2.3, -1.15, 1.15, 2.3].find((x) => Math.abs(b.at[0] - x) < 0.55);
        expect(unit, `${kind} ${key([b])}`).toBeDefined();
        expect(x0).toBeGreaterThanOrEqual((unit ?? 0) - 0.53);
        expect(x1).toBeLessThanOrEqual((unit ?? 0) + 0.53);
        expect(y0).toBeGreaterThanOrEqual(0);
        expect(y1).toBeLessThanOrEqual(2.25);
        expect(z0).toBeGreaterThanOrEqual(WALL);
        expect(z1).toBeLessThanOrEqual(WALL + 0.45);
      }
    }
  });

  it('puts counter props on the counter top, within its width, without hiding the customer', () => {
    for (const kind of COUNTER_KINDS) {
      for (const b of counterProps(kind)) {
        const [x0, x1] = extent(b, 0);
        const [y0, y1] = extent(b, 1);
        const [z0, z1] = extent(b, 2);
        expect(x0, kind).toBeGreaterThanOrEqual(-width / 2);
        expect(x1, kind).toBeLessThanOrEqual(width / 2);
        expect(z0, kind).toBeGreaterThanOrEqual(-depth / 2 - 0.03);
        expect(z1, kind).toBeLessThanOrEqual(depth / 2);
        // Either on the top or flat on the customer-facing front (the pharmacy's cross).
        const onTop = y0 >= height - 0.001;
        const onFront = y1 < height && z1 <= -depth / 2 + 0.03;
        expect(onTop || onFront, `${kind} ${key([b])}`).toBe(true);
        // Nothing taller than a hand above the counter in front of the customer's body.
        if (Math.abs(b.at[0]) < 0.35) expect(y1, kind).toBeLessThanOrEqual(height + 0.12);
      }
    }
  });
});
