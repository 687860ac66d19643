/**
 * The torso as a smooth function surface(y, angle, offset): rings of
 * superellipses stacked from crotch to neck, shaped by a table of keys per
 * customer build. Garments are the same surface pushed outwards, so a jacket
 * always fits the body under it.
 */
import { Vector3 } from 'three';
import type { CustomerSpec } from '../customer-spec';
import { bump, curve, type Key, signedPow } from '../geometry/math';
import type { Landmarks } from '../proportions';

export interface TorsoSurface {
  bottomY: number;
  topY: number;
  /** angle 0 = front (+Z), π/2 = avatar's left (+X). */
  point: (y: number, angle: number, offset?: number) => Vector3;
  /**
   * Like point, but below the hip joints the ring stops narrowing into the
   * crotch: cloth hangs straight over the thighs instead of following the body.
   */
  drape: (y: number, angle: number, offset: number) => Vector3;
  normal: (y: number, angle: number) => Vector3;
  halfWidthAt: (y: number) => number;
}

export function createTorsoSurface(spec: CustomerSpec, lm: Landmarks): TorsoSurface {
  const b = spec.body;
  const t = lm.torso;
  const female = spec.sex === 'female';
  const neckR = lm.neck.radius;
  const belly = b.bellyDepth;
  const bottomY = t.crotchY - 0.004;
  // The torso climbs the sides and back of the neck (trapezius) well above the throat.
  const topY = t.neckBaseY + 0.036;
  const trapezius = t.neckBaseY + 0.016;
  const shoulderTop = t.shoulderY + 0.02;
  const hump = b.stoop * 0.03;

  const halfWidth: Key[] = [
    [bottomY, b.hipHalfWidth * 0.42],
    [t.crotchY + 0.02, b.hipHalfWidth * 0.82],
    [t.hipJointY - 0.01, b.hipHalfWidth * 0.99],
    [t.hipJointY + 0.04, b.hipHalfWidth],
    [t.waistY, b.waistHalfWidth],
    [t.bellyY, (b.waistHalfWidth + b.chestHalfWidth) / 2 + belly * 0.35],
    [t.chestY, b.chestHalfWidth],
    [t.bustY, b.chestHalfWidth * 1.02],
    [t.armpitY, b.chestHalfWidth * 1.03],
    [t.shoulderY - 0.005, lm.arm.jointX + 0.002],
    [t.shoulderY + 0.008, lm.arm.jointX - 0.012],
    [shoulderTop, lm.arm.jointX - 0.04],
    [t.neckBaseY - 0.004, neckR + 0.05],
    [trapezius, neckR + 0.02],
    [topY, neckR + 0.005],
  ];
  const frontDepth: Key[] = [
    [bottomY, 0.05],
    [t.crotchY + 0.02, 0.074],
    [t.hipJointY, 0.084 + belly * 0.15],
    [t.hipJointY + 0.04, 0.086 + belly * 0.45],
    [t.waistY, 0.082 + belly * 0.9],
    [t.bellyY, 0.088 + belly],
    [t.chestY, b.chestDepth + belly * 0.45],
    [t.bustY, b.chestDepth + 0.004],
    [t.armpitY, b.chestDepth - 0.004],
    [t.shoulderY - 0.005, 0.078],
    [shoulderTop, 0.062],
    [t.neckBaseY - 0.004, neckR + 0.02],
    [trapezius, neckR + 0.006],
    [topY, neckR + 0.003],
  ];
  const backDepth: Key[] = [
    [bottomY, 0.058],
    [t.crotchY + 0.02, 0.094],
    [t.hipJointY, female ? 0.118 : 0.108],
    [t.hipJointY + 0.04, female ? 0.104 : 0.098],
    [t.waistY, 0.082],
    [t.bellyY, 0.088],
    [t.chestY, 0.102],
    [t.armpitY, 0.104 + hump * 0.6],
    [t.shoulderY - 0.005, 0.086 + hump],
    [shoulderTop, 0.072 + hump * 0.8],
    [t.neckBaseY - 0.004, neckR + 0.03 + hump * 0.4],
    [trapezius, neckR + 0.018 + hump * 0.3],
    [topY, neckR + 0.005],
  ];
  const squareness: Key[] = [
    [bottomY, 2.2],
    [t.hipJointY, 2.5],
    [t.waistY, 2.25],
    [t.chestY, 2.6],
    [t.shoulderY, 2.6],
    [t.neckBaseY - 0.004, 2.3],
    [topY, 2],
  ];
  const centerZ = (y: number): number => -0.008 + lm.torso.forwardAt(y);

  const base = (y: number, angle: number): Vector3 => {
    const exponent = 2 / curve(squareness, y);
    const s = Math.sin(angle);
    const c = Math.cos(angle);
    const x = curve(halfWidth, y) * signedPow(s, exponent);
    const depth = c >= 0 ? curve(frontDepth, y) : curve(backDepth, y);
    let z = centerZ(y) + depth * signedPow(c, exponent);
    if (c > 0) {
      // Breasts and a belly are separate forward bumps; a ring cannot express them.
      const bust = b.bust * bump(y, t.bustY, 0.05) * (bump(x, 0.085, 0.055) + bump(x, -0.085, 0.055));
      const paunch = belly * 0.25 * bump(y, t.bellyY - 0.03, 0.07) * bump(x, 0, 0.11);
      z += (bust + paunch) * c;
    }
    return new Vector3(x, y, z);
  };

  const normal = (y: number, angle: number): Vector3 => {
    const h = 1e-4;
    const da = base(y, angle + h).sub(base(y, angle - h));
    const dy = base(y + h, angle).sub(base(y - h, angle));
    const n = da.cross(dy);
    return n.lengthSq() > 0 ? n.normalize() : new Vector3(0, 1, 0);
  };

  return {
    bottomY,
    topY,
    point: (y, angle, offset = 0) => {
      const p = base(y, angle);
      return offset === 0 ? p : p.addScaledVector(normal(y, angle), offset);
    },
    normal,
    halfWidthAt: (y) => curve(halfWidth, y),
    drape: (y, angle, offset) => {
      const hang = t.hipJointY + 0.02;
      if (y >= hang) return base(y, angle).addScaledVector(normal(y, angle), offset);
      const p = base(hang, angle).addScaledVector(normal(hang, angle), offset);
      // Flare a touch so the hem clears the thighs.
      const flare = 1 + 0.25 * (hang - y);
      return new Vector3(p.x * flare, y, centerZ(hang) + (p.z - centerZ(hang)) * flare);
    },
  };
}
