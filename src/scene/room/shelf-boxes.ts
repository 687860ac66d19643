import { LAYOUT } from '../layout';
import type { BoxSpec } from './merge-boxes';

const PRODUCT_COLOURS = ['#c44536', '#2f6690', '#f2c14e', '#5c946e', '#e9e3d5', '#3a3a3a', '#a26769', '#7d8491'];

/** Shelf units along the back wall, filled with boxed appliances (drawn merged: ./merged-room.ts). */
export function shelfBoxes(): BoxSpec[] {
  const wall = LAYOUT.room.backWallZ;
  const boxes: BoxSpec[] = [];
  let n = 0;
  for (const x of [-2.3, -1.15, 1.15, 2.3]) {
    boxes.push({ at: [x, 1.1, wall + 0.22], size: [1.0, 2.2, 0.04], color: '#6b4f3a' }); // back board
    for (const side of [-0.5, 0.5])
      boxes.push({ at: [x + side, 1.1, wall + 0.22], size: [0.04, 2.2, 0.42], color: '#5a4130' });
    for (const y of [0.08, 0.62, 1.16, 1.7, 2.18]) {
      boxes.push({ at: [x, y, wall + 0.22], size: [1.0, 0.035, 0.42], color: '#7a5a42' });
      if (y > 2) continue;
      // A row of product boxes of varied sizes on each shelf board.
      let cursor = x - 0.44;
      while (cursor < x + 0.4) {
        n += 1;
        const w = 0.14 + ((n * 37) % 11) / 60;
        const h = 0.18 + ((n * 53) % 7) / 28;
        if (cursor + w > x + 0.46) break;
        boxes.push({
          at: [cursor + w / 2, y + 0.0175 + h / 2, wall + 0.2],
          size: [w * 0.94, h, 0.3],
          color: PRODUCT_COLOURS[n % PRODUCT_COLOURS.length] as string,
        });
        cursor += w + 0.02;
      }
    }
  }
  return boxes;
}
