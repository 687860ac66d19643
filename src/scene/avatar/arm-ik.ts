import { type Object3D, Quaternion, Vector3 } from 'three';

const shoulder = new Vector3();
const elbow = new Vector3();
const wrist = new Vector3();
const toTarget = new Vector3();
const bendDirection = new Vector3();
const wantedElbow = new Vector3();
const current = new Vector3();
const wanted = new Vector3();
const twistAxis = new Vector3();
const delta = new Quaternion();
const worldRotation = new Quaternion();
const parentRotation = new Quaternion();
const twist = new Quaternion();
const scratchPosition = new Vector3();
const scratchScale = new Vector3();

/** Share of the wrist's twist the forearm takes, so the wrist does not wring like a sweet wrapper. */
const FOREARM_TWIST_SHARE = 0.6;

/**
 * Two-bone analytic IK for one arm on normalized VRM bones, in world space so it works for
 * VRM 0.x and 1.0 alike: the shoulder angle comes from the law of cosines, the elbow bends
 * towards a pole point, the hand can be turned to a world rotation. Each bone turns by the
 * smallest rotation from where it points to where it should, which keeps its twist.
 */
export class ArmIk {
  private readonly baseUpper = new Quaternion();
  private readonly baseLower = new Quaternion();
  private readonly baseHand = new Quaternion();

  constructor(
    private readonly upper: Object3D,
    private readonly lower: Object3D,
    private readonly hand: Object3D,
    private readonly upperLength: number,
    private readonly lowerLength: number,
  ) {}

  /**
   * Moves the wrist to `target` (world), elbow towards `pole` (world), hand to `handRotation`
   * (world) unless null, blended by `weight` from the pose the bones have now. The world
   * matrices of the arm and its parents must be current.
   */
  solve(target: Vector3, pole: Vector3, handRotation: Quaternion | null, weight: number): void {
    if (weight <= 0.001) return;
    const { upper, lower, hand } = this;
    this.baseUpper.copy(upper.quaternion);
    this.baseLower.copy(lower.quaternion);
    this.baseHand.copy(hand.quaternion);

    shoulder.setFromMatrixPosition(upper.matrixWorld);
    toTarget.subVectors(target, shoulder);
    const a = this.upperLength;
    const b = this.lowerLength;
    const distance = Math.min(Math.max(toTarget.length(), Math.abs(a - b) + 1e-3), (a + b) * 0.999);
    toTarget.normalize();
    const cosShoulder = (a * a + distance * distance - b * b) / (2 * a * distance);
    const sinShoulder = Math.sqrt(Math.max(0, 1 - cosShoulder * cosShoulder));
    bendDirection.subVectors(pole, shoulder);
    bendDirection.addScaledVector(toTarget, -bendDirection.dot(toTarget));
    if (bendDirection.lengthSq() < 1e-8) bendDirection.set(0, -1, 0);
    bendDirection.normalize();
    wantedElbow
      .copy(shoulder)
      .addScaledVector(toTarget, a * cosShoulder)
      .addScaledVector(bendDirection, a * sinShoulder);

    elbow.setFromMatrixPosition(lower.matrixWorld);
    turnTowards(upper, current.subVectors(elbow, shoulder), wanted.subVectors(wantedElbow, shoulder));
    upper.updateWorldMatrix(false, true);

    elbow.setFromMatrixPosition(lower.matrixWorld);
    wrist.setFromMatrixPosition(hand.matrixWorld);
    turnTowards(lower, current.subVectors(wrist, elbow), wanted.subVectors(target, elbow));

    if (handRotation) {
      lower.updateWorldMatrix(false, false);
      lower.matrixWorld.decompose(scratchPosition, parentRotation, scratchScale);
      hand.quaternion.copy(parentRotation.invert().multiply(handRotation));
      shareTwist(lower, hand);
    }

    // Blend from the pose the arm had (slerp's target must not be the quaternion it writes).
    if (weight < 1) {
      upper.quaternion.copy(this.baseUpper.slerp(upper.quaternion, weight));
      lower.quaternion.copy(this.baseLower.slerp(lower.quaternion, weight));
      hand.quaternion.copy(this.baseHand.slerp(hand.quaternion, weight));
    }
    upper.updateWorldMatrix(false, true);
  }
}

/** Rotates `bone` (in world space) by the smallest rotation taking direction `from` to `to`. */
function turnTowards(bone: Object3D, from: Vector3, to: Vector3): void {
  if (from.lengthSq() < 1e-10 || to.lengthSq() < 1e-10 || !bone.parent) return;
  delta.setFromUnitVectors(from.normalize(), to.normalize());
  bone.matrixWorld.decompose(scratchPosition, worldRotation, scratchScale);
  worldRotation.premultiply(delta);
  bone.parent.matrixWorld.decompose(scratchPosition, parentRotation, scratchScale);
  bone.quaternion.copy(parentRotation.invert().multiply(worldRotation));
}

/** Moves part of the hand's twist about the forearm axis into the forearm (swing–twist split). */
function shareTwist(lower: Object3D, hand: Object3D): void {
  twistAxis.copy(hand.position).normalize();
  const q = hand.quaternion;
  const along = q.x * twistAxis.x + q.y * twistAxis.y + q.z * twistAxis.z;
  twist.set(twistAxis.x * along, twistAxis.y * along, twistAxis.z * along, q.w);
  if (twist.lengthSq() < 1e-10) return;
  twist.normalize();
  twist.slerpQuaternions(parentRotation.identity(), twist, FOREARM_TWIST_SHARE);
  lower.quaternion.multiply(twist);
  hand.quaternion.premultiply(twist.invert());
}
