import type { VRMHumanBoneName } from '@pixiv/three-vrm';
import { type Object3D, Quaternion, Vector3 } from 'three';
import type { ArmIk } from './arm-ik';
import type { AvatarFrame } from './avatar-frame';
import type { BodyLandmarks } from './body-landmarks';
import { createArmIk } from './hand-reach';
import type { Side } from './humanoid-pose';

/** Points of each hand that must stay out of the counter: the wrist and four finger ends. */
const PROBES = ['Hand', 'IndexDistal', 'MiddleDistal', 'LittleDistal', 'ThumbDistal'] as const;
/** How far off the counter's front face and top hands stay (finger ends are joints inside the skin). */
const FRONT_MARGIN = 0.025;
const TOP_MARGIN = 0.012;

const point = new Vector3();
const wrist = new Vector3();
const elbow = new Vector3();
const target = new Vector3();
const handRotation = new Quaternion();
const scratchPosition = new Vector3();
const scratchScale = new Vector3();

/** One arm's IK and the bones the guard reads. */
interface GuardedArm {
  ik: ArmIk;
  lowerArm: Object3D;
  hand: Object3D;
  probes: Object3D[];
}

/**
 * Keeps the hands out of the counter whatever the pose: the customer stands only a forearm's
 * length from it, so hanging hands, tense forearms and the way up to the counter top could pass
 * through its front. When a hand point is inside (below the top, beyond the front face), the arm
 * is bent again by IK with the wrist moved the shorter way out: up onto the top, or back.
 */
export class CounterGuard {
  private readonly arms: Record<Side, GuardedArm | null>;
  private readonly fingerReach: number;
  /** How far the last measured point is inside, back (z) and up (y); 0 when outside. */
  private back = 0;
  private up = 0;

  constructor(
    private readonly frame: AvatarFrame,
    body: BodyLandmarks,
    private readonly counterTop: number,
    private readonly counterFront: number,
  ) {
    const humanoid = frame.vrm.humanoid;
    const arm = (side: Side): GuardedArm | null => {
      const bone = (name: string) => humanoid.getNormalizedBoneNode(`${side}${name}` as VRMHumanBoneName);
      const ik = createArmIk(frame, body, side);
      const lowerArm = bone('LowerArm');
      const hand = bone('Hand');
      const probes = PROBES.map(bone).filter((node): node is Object3D => node !== null);
      return ik && lowerArm && hand ? { ik, lowerArm, hand, probes } : null;
    };
    this.arms = { left: arm('left'), right: arm('right') };
    this.fingerReach = 0.09 * body.scale;
  }

  /** Pushes `side`'s hand out of the counter if it is inside; the arm's world matrices must be current. */
  apply(side: Side): void {
    const arm = this.arms[side];
    if (!arm) return;
    const { ik, lowerArm, hand, probes } = arm;
    hand.updateWorldMatrix(false, true);
    let back = 0;
    let up = 0;
    for (let i = 0; i < probes.length; i++) {
      const probe = probes[i];
      if (!probe) continue;
      this.measure(point.setFromMatrixPosition(probe.matrixWorld));
      back = Math.max(back, this.back);
      up = Math.max(up, this.up);
    }
    // Without finger bones, a point a hand's length past the wrist stands in for the fingertips.
    if (probes.length === 1) {
      elbow.setFromMatrixPosition(lowerArm.matrixWorld);
      wrist.setFromMatrixPosition(hand.matrixWorld);
      this.measure(point.subVectors(wrist, elbow).setLength(this.fingerReach).add(wrist));
      back = Math.max(back, this.back);
      up = Math.max(up, this.up);
    }
    if (back <= 0) return;
    this.frame.toAvatar(target.setFromMatrixPosition(hand.matrixWorld));
    // Out over the top only when that is much the shorter way (a hand on the counter); a hand
    // coming up from below goes back, which also keeps the choice from flickering at the edge.
    if (up < 0.5 * back) target.y += up;
    else target.z -= back;
    this.frame.toWorld(target);
    hand.matrixWorld.decompose(scratchPosition, handRotation, scratchScale);
    ik.solve(target, elbow.setFromMatrixPosition(lowerArm.matrixWorld), handRotation, 1);
  }

  private measure(world: Vector3): void {
    const p = this.frame.toAvatar(world);
    const back = p.z - (this.counterFront - FRONT_MARGIN);
    const up = this.counterTop + TOP_MARGIN - p.y;
    const inside = back > 0 && up > 0;
    this.back = inside ? back : 0;
    this.up = inside ? up : 0;
  }
}
