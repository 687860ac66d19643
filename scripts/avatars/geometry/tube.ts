/**
 * Rings swept along a path: limbs, fingers, neck, collars, glasses rims.
 * Each section is a superellipse around the path, measured along an "up"
 * vector (kept perpendicular to the path) and the side vector.
 */
import { Vector3 } from 'three';
import { at, signedPow } from './math';

export interface TubeSection {
  center: Vector3;
  radiusUp: number;
  radiusSide: number;
  /** 2 = ellipse; larger values square the section off (wrists, palms, shoes). */
  squareness?: number;
  /** Extra radial scale by angle (0 = up, π/2 = side), e.g. a calf bulging backwards. */
  shape?: (angle: number) => number;
}

export interface TubeOptions {
  segments: number;
  /** Roughly perpendicular to the path; fixes where angle 0 points. */
  up: Vector3;
  closedPath?: boolean;
}

export function tubeRings(sections: readonly TubeSection[], options: TubeOptions): Vector3[][] {
  const n = sections.length;
  return sections.map((section, i) => {
    const prev = options.closedPath ? at(sections, (i - 1 + n) % n) : at(sections, Math.max(0, i - 1));
    const next = options.closedPath ? at(sections, (i + 1) % n) : at(sections, Math.min(n - 1, i + 1));
    const tangent = next.center.clone().sub(prev.center).normalize();
    const upVec = options.up.clone().addScaledVector(tangent, -options.up.dot(tangent)).normalize();
    const sideVec = new Vector3().crossVectors(tangent, upVec);
    const exponent = 2 / (section.squareness ?? 2);
    return Array.from({ length: options.segments }, (_, j) => {
      const angle = (j / options.segments) * Math.PI * 2;
      const k = section.shape ? section.shape(angle) : 1;
      const u = signedPow(Math.cos(angle), exponent) * section.radiusUp * k;
      const s = signedPow(Math.sin(angle), exponent) * section.radiusSide * k;
      return section.center.clone().addScaledVector(upVec, u).addScaledVector(sideVec, s);
    });
  });
}
