import { LAYOUT } from '../layout';
import type { BoxSpec } from './merge-boxes';

/**
 * What makes the hall read as a real service point: a queue barrier behind the customer, a
 * waiting bench and a plant pot in the corner (the plant itself: `PLANT`). Drawn merged with the
 * shelves (./merged-room.ts).
 */
export function hallBoxes(): BoxSpec[] {
  return [
    // Queue barrier posts and belt behind the customer's right.
    ...[-1.5, -0.7].map((x) => ({
      at: [x, 0.48, -1.9] as const,
      size: [0.05, 0.96, 0.05] as const,
      color: '#b9bcc0',
    })),
    ...[-1.5, -0.7].map((x) => ({
      at: [x, 0.015, -1.9] as const,
      size: [0.3, 0.03, 0.3] as const,
      color: '#4a4d52',
    })),
    { at: [-1.1, 0.9, -1.9], size: [0.8, 0.05, 0.01], color: '#9d2a2a' },
    // Waiting bench against the left wall.
    { at: [-LAYOUT.room.width / 2 + 0.3, 0.45, -1.4], size: [0.45, 0.06, 1.6], color: '#6e5440' },
    { at: [-LAYOUT.room.width / 2 + 0.3, 0.21, -0.75], size: [0.4, 0.42, 0.05], color: '#3d3f43' },
    { at: [-LAYOUT.room.width / 2 + 0.3, 0.21, -2.05], size: [0.4, 0.42, 0.05], color: '#3d3f43' },
    // Plant pot in the right corner.
    {
      at: [LAYOUT.room.width / 2 - 0.45, 0.22, LAYOUT.room.backWallZ + 0.45],
      size: [0.32, 0.44, 0.32],
      color: '#c8b8a4',
    },
  ];
}

/** The plant's faceted crown above its pot. */
export const PLANT = {
  at: [LAYOUT.room.width / 2 - 0.45, 0.78, LAYOUT.room.backWallZ + 0.45] as const,
  radius: 0.3,
  color: '#4f7a4a',
};
