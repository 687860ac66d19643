/**
 * Where the scalp hair begins, as a head-surface t for each angle around the
 * head (0 = forehead, ±π = nape). Hair shells start here, and a buzz cut is
 * painted up to it.
 */
import { curve, type Key } from '../geometry/math';
import type { HeadSurface } from './head-surface';

export interface HairlineOptions {
  /** Metres the temples have receded (an M-shaped hairline). */
  recede: number;
  sideburns: boolean;
  /** Metres to lower (> 0) or raise the forehead line. */
  frontDrop?: number;
  /** Metres to lower the line over the ears (long hair covering their tops). */
  sideDrop?: number;
}

export function hairlineT(head: HeadSurface, options: HairlineOptions): (angle: number) => number {
  const { eyeY } = head.face;
  const t = (y: number): number => head.tAt(y);
  const front = head.face.hairlineY - (options.frontDrop ?? 0);
  const side = options.sideDrop ?? 0;
  const keys: Key[] = [
    [0, t(front)],
    [0.42, t(front + 0.004 + options.recede)],
    [0.78, t(front - 0.012 + options.recede * 0.6)],
    [1.12, t(eyeY + 0.034 - side * 0.6)],
    [1.3, t(options.sideburns ? eyeY - 0.018 : eyeY + 0.028)],
    [1.43, t(eyeY + 0.036 - side)],
    [1.8, t(eyeY + 0.032 - side)],
    [2.2, 0.44],
    [Math.PI, 0.36],
  ];
  return (angle) => curve(keys, Math.abs(angle));
}
