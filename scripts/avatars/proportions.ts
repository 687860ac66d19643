/**
 * Body landmarks (metres, T-pose, facing +Z, avatar's left on +X, feet on y = 0)
 * derived from one customer's height and build. Ratios follow the usual
 * anthropometric tables (shoulder ≈ 0.80 H, hip joint ≈ 0.525 H, knee ≈ 0.28 H);
 * every other builder reads positions from here so bones and skin always agree.
 */
import type { CustomerSpec } from './customer-spec';
import { smoothstep } from './geometry/math';

export interface HeadLandmarks {
  /** Chin to crown. */
  height: number;
  chinY: number;
  crownY: number;
  eyeY: number;
  /** Half the skull breadth at its widest. */
  halfWidth: number;
  /** From the head's vertical axis to the forehead. */
  frontDepth: number;
  /** From the head's vertical axis to the back of the skull. */
  backDepth: number;
  /** z of the head's vertical axis. */
  axisZ: number;
  /** Where the head bone sits: top of the neck, below the skull's centre. */
  pivot: { y: number; z: number };
}

export interface Landmarks {
  height: number;
  head: HeadLandmarks;
  neck: { baseY: number; baseZ: number; radius: number };
  torso: {
    crotchY: number;
    hipJointY: number;
    waistY: number;
    bellyY: number;
    chestY: number;
    bustY: number;
    armpitY: number;
    shoulderY: number;
    neckBaseY: number;
    /** Forward shift of the torso centre line at a height (posture). */
    forwardAt: (y: number) => number;
  };
  spine: { hipsY: number; spineY: number; chestY: number; upperChestY: number; z: number };
  arm: {
    /** Where the clavicle (shoulder bone) starts, beside the sternum. */
    clavicleX: number;
    jointX: number;
    elbowX: number;
    wristX: number;
    y: number;
    z: number;
    handLength: number;
    girth: number;
  };
  leg: { x: number; hipJointY: number; kneeY: number; ankleY: number; footLength: number; girth: number };
}

export function computeLandmarks(spec: CustomerSpec): Landmarks {
  const H = spec.heightM;
  const female = spec.sex === 'female';
  const { body } = spec;
  // Heads vary far less than stature: scale them with a damped power of height.
  const headScale = (H / 1.75) ** 0.35 * (female ? 0.94 : 1);
  const headHeight = 0.245 * headScale;
  const stoopDrop = 0.03 * body.stoop;

  const torsoForward = (y: number): number => {
    const upper = smoothstep(0.66 * H, 0.83 * H, y);
    return body.stoop * 0.06 * upper ** 1.4;
  };

  const neckBaseY = 0.828 * H - stoopDrop * 0.4;
  const neckBaseZ = -0.012 + torsoForward(neckBaseY);
  // A stooped neck leans forward, carrying the head ahead of the chest.
  const headForward = neckBaseZ + 0.012 + body.stoop * 0.05;
  const crownY = H - stoopDrop;
  const chinY = crownY - headHeight;

  const head: HeadLandmarks = {
    height: headHeight,
    chinY,
    crownY,
    eyeY: chinY + 0.515 * headHeight,
    halfWidth: (female ? 0.08 : 0.084) * headScale,
    frontDepth: 0.1 * headScale,
    backDepth: 0.108 * headScale,
    axisZ: headForward,
    pivot: { y: chinY + 0.035 * headScale, z: headForward - 0.02 },
  };

  return {
    height: H,
    head,
    neck: { baseY: neckBaseY, baseZ: neckBaseZ, radius: body.neckRadius },
    torso: {
      crotchY: 0.468 * H,
      hipJointY: 0.525 * H,
      waistY: 0.605 * H,
      bellyY: 0.635 * H,
      chestY: 0.69 * H,
      bustY: 0.722 * H,
      armpitY: 0.752 * H,
      shoulderY: 0.8 * H - stoopDrop * 0.3,
      neckBaseY,
      forwardAt: torsoForward,
    },
    spine: { hipsY: 0.535 * H, spineY: 0.59 * H, chestY: 0.665 * H, upperChestY: 0.735 * H, z: -0.02 },
    arm: {
      clavicleX: 0.025,
      jointX: body.shoulderHalfWidth,
      elbowX: body.shoulderHalfWidth + 0.165 * H,
      wristX: body.shoulderHalfWidth + 0.305 * H,
      y: 0.8 * H - stoopDrop * 0.3,
      z: -0.012 + torsoForward(0.8 * H),
      handLength: (female ? 0.1 : 0.106) * H,
      girth: body.limbScale,
    },
    leg: {
      x: body.hipHalfWidth * 0.52,
      hipJointY: 0.525 * H,
      kneeY: 0.28 * H,
      ankleY: 0.043 * H,
      footLength: (female ? 0.148 : 0.152) * H,
      girth: body.limbScale,
    },
  };
}
