/**
 * Sweeps a 2-D profile along a path where each path point has its own radial
 * direction: the profile's x runs along that direction, its y straight up.
 * Collars, hood folds and hems are such bands around the neck or waist.
 */
import { Vector3 } from 'three';

export interface SweepPoint {
  center: Vector3;
  /** Horizontal unit vector pointing away from the body at this point. */
  radial: Vector3;
}

export type Profile = readonly (readonly [x: number, y: number])[];

export function sweepProfile(path: readonly SweepPoint[], profileAt: (index: number) => Profile): Vector3[][] {
  const up = new Vector3(0, 1, 0);
  return path.map((pt, i) =>
    profileAt(i).map(([x, y]) => pt.center.clone().addScaledVector(pt.radial, x).addScaledVector(up, y)),
  );
}

/** A closed loop of n points approximating an ellipse of the given half-sizes, tilted outwards by `tilt` radians. */
export function ellipseProfile(halfX: number, halfY: number, n: number, tilt = 0): Profile {
  const c = Math.cos(tilt);
  const s = Math.sin(tilt);
  return Array.from({ length: n }, (_, k) => {
    const a = (2 * Math.PI * k) / n;
    const x = halfX * Math.cos(a);
    const y = halfY * Math.sin(a);
    return [x * c + y * s, -x * s + y * c] as const;
  });
}
