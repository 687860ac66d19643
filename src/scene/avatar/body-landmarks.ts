import type { VRMHumanBoneName } from '@pixiv/three-vrm';
import { Matrix4, Raycaster, Vector3 } from 'three';
import type { AvatarFrame } from './avatar-frame';

/**
 * Rest-pose measurements of one model in the avatar frame (metres), so gestures scale to any
 * body: a 1.5 m VRoid girl and a 1.9 m man both reach the same counter and cross their arms
 * in front of their own chest.
 */
export interface BodyLandmarks {
  hipsY: number;
  /** The bone the body-relative hand targets follow: upper chest, chest or spine. */
  chestBone: VRMHumanBoneName;
  chest: Vector3;
  head: Vector3;
  /** Left upper arm origin (the right one mirrors it). */
  shoulder: Vector3;
  upperArmLength: number;
  lowerArmLength: number;
  /** Height relative to a 1.75 m adult: multiplies authored distances. */
  scale: number;
  /** How far forward the body's surface is (z, avatar frame) at chest height (crossed arms) and at waist height (hands talking). */
  chestFront: number;
  waistFront: number;
}

const inverse = new Matrix4();
const world = new Vector3();
const ahead = new Vector3();
const raycaster = new Raycaster();

/** Measures the model in its rest pose; resets the normalized pose first. */
export function measureLandmarks(frame: AvatarFrame): BodyLandmarks {
  const { vrm } = frame;
  const humanoid = vrm.humanoid;
  humanoid.resetNormalizedPose();
  humanoid.update();
  vrm.scene.updateMatrix();
  vrm.scene.updateWorldMatrix(true, true);
  inverse.copy(vrm.scene.matrixWorld).invert();
  const at = (name: VRMHumanBoneName): Vector3 | null => {
    const node = humanoid.getNormalizedBoneNode(name);
    if (!node) return null;
    node.getWorldPosition(world).applyMatrix4(inverse);
    return frame.flipVector(world.clone());
  };
  const hips = at('hips') ?? new Vector3(0, 0.95, 0);
  const head = at('head') ?? new Vector3(0, 1.6, 0);
  const chestBone: VRMHumanBoneName = humanoid.getNormalizedBoneNode('upperChest')
    ? 'upperChest'
    : humanoid.getNormalizedBoneNode('chest')
      ? 'chest'
      : 'spine';
  const chest = at(chestBone) ?? hips.clone().lerp(head, 0.5);
  const shoulder = at('leftUpperArm') ?? new Vector3(0.17, head.y - 0.2, 0);
  const elbow = at('leftLowerArm') ?? shoulder.clone().add(new Vector3(0.27, 0, 0));
  const wrist = at('leftHand') ?? elbow.clone().add(new Vector3(0.25, 0, 0));
  const scale = Math.max(0.5, (head.y + 0.12) / 1.75);
  const chestY = shoulder.y - 0.27 * scale;
  const waistY = hips.y + 0.36 * scale;
  return {
    hipsY: hips.y,
    chestBone,
    chest,
    head,
    shoulder,
    upperArmLength: Math.max(0.05, elbow.distanceTo(shoulder)),
    lowerArmLength: Math.max(0.05, wrist.distanceTo(elbow)),
    scale,
    chestFront: frontOfBody(frame, chestY) ?? chest.z + 0.13 * scale,
    waistFront: frontOfBody(frame, waistY) ?? chest.z + 0.15 * scale,
  };
}

/**
 * The body's front surface at height `y` on the midline, by a ray from in front: any model's
 * belly, bust or jacket, so crossed arms and talking hands rest on it rather than in it.
 */
function frontOfBody(frame: AvatarFrame, y: number): number | null {
  const origin = frame.toWorld(world.set(0, y, 1.5));
  const direction = frame
    .toWorld(ahead.set(0, y, 0))
    .sub(origin)
    .normalize();
  raycaster.set(origin, direction);
  raycaster.far = 1.5;
  const hit = raycaster.intersectObject(frame.vrm.scene, true)[0];
  return hit ? frame.toAvatar(hit.point.clone()).z : null;
}
