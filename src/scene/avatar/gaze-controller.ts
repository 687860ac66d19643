import { Object3D, Vector3 } from 'three';
import type { SeededRandom } from '../../core/math/seeded-random';
import type { CustomerType } from '../../core/scenario/vocabulary';
import type { AvatarFrame } from './avatar-frame';
import type { BodyLandmarks } from './body-landmarks';
import { addBone, BONE, type Pose } from './humanoid-pose';
import { approach, clamp, lerp } from './motion-math';

/** Natural head limits (radians): ±35° turn, a little more down than up. */
const HEAD_YAW_LIMIT = 0.61;
const HEAD_PITCH_UP = 0.35;
const HEAD_PITCH_DOWN = 0.5;

/** Seconds between glances away, per customer type: the talkative and the indecisive look around, the angry stare. */
const GLANCE_INTERVAL: Partial<Record<CustomerType, readonly [number, number]>> = {
  talkative: [2.5, 5.5],
  indecisive: [3, 6.5],
  suspicious: [5, 10],
  angry: [12, 22],
  demanding: [9, 16],
};
const DEFAULT_INTERVAL = [7, 13] as const;

const eye = new Vector3();
const toTrainee = new Vector3();

/**
 * Head and eyes follow the trainee's head (the camera, which in VR is the headset), the head
 * within natural limits and smoothed, the eyes at once (three-vrm's `lookAt` turns the eyes,
 * bone or expression style). Now and then the eyes glance away and the head half follows;
 * gestures such as check_watch and look_around take the gaze over by their weight.
 */
export class GazeController {
  /** World point the eyes look at; three-vrm's `vrm.lookAt.target`. */
  readonly eyeTarget = new Object3D();
  private yaw = 0;
  private pitch = 0;
  private glanceYaw = 0;
  private glancePitch = 0;
  private glanceLeft = 0;
  private nextGlanceIn = 4;

  constructor(
    private readonly frame: AvatarFrame,
    private readonly body: BodyLandmarks,
    private readonly random: SeededRandom,
  ) {}

  /**
   * `trainee` is the camera in the avatar frame; `gestureYaw/Pitch/Weight` a gesture's gaze;
   * `torsoPitch/Yaw` how far the spine already bends, which the neck takes back.
   */
  update(
    dt: number,
    trainee: Vector3,
    customerType: CustomerType | null,
    tension: number,
    gestureYaw: number,
    gesturePitch: number,
    gestureWeight: number,
  ): void {
    this.scheduleGlances(dt, customerType, tension, gestureWeight);
    const { head, scale } = this.body;
    eye.set(head.x, head.y + 0.07 * scale, head.z + 0.08 * scale);
    toTrainee.subVectors(trainee, eye);
    const distance = Math.max(0.3, toTrainee.length());
    const traineeYaw = Math.atan2(toTrainee.x, toTrainee.z);
    const traineePitch = Math.atan2(toTrainee.y, Math.hypot(toTrainee.x, toTrainee.z));
    const headYaw = clamp(
      lerp(traineeYaw + 0.35 * this.glanceYaw, gestureYaw, gestureWeight),
      -HEAD_YAW_LIMIT,
      HEAD_YAW_LIMIT,
    );
    const headPitch = clamp(
      lerp(traineePitch + 0.35 * this.glancePitch, gesturePitch, gestureWeight),
      -HEAD_PITCH_DOWN,
      HEAD_PITCH_UP,
    );
    this.yaw = approach(this.yaw, headYaw, 6, dt);
    this.pitch = approach(this.pitch, headPitch, 6, dt);
    const eyeYaw = lerp(traineeYaw + this.glanceYaw, gestureYaw, gestureWeight);
    const eyePitch = lerp(traineePitch + this.glancePitch, gesturePitch, gestureWeight);
    const flat = Math.cos(eyePitch) * distance;
    this.eyeTarget.position.set(
      eye.x + Math.sin(eyeYaw) * flat,
      eye.y + Math.sin(eyePitch) * distance,
      eye.z + Math.cos(eyeYaw) * flat,
    );
    this.frame.toWorld(this.eyeTarget.position);
    // Claimed every frame: a rig built and dropped by a StrictMode double render must not keep the eyes.
    const lookAt = this.frame.vrm.lookAt;
    if (lookAt && lookAt.target !== this.eyeTarget) lookAt.target = this.eyeTarget;
  }

  /** Adds the head turn to `pose`, taking back the yaw and pitch the torso already has. */
  write(pose: Pose, torsoPitch: number, torsoYaw: number): void {
    const yaw = this.yaw - torsoYaw;
    const pitch = -this.pitch - 0.8 * torsoPitch;
    addBone(pose, BONE.neck, pitch * 0.4, yaw * 0.35, 0);
    addBone(pose, BONE.head, pitch * 0.6, yaw * 0.65, 0);
  }

  private scheduleGlances(dt: number, customerType: CustomerType | null, tension: number, gestureWeight: number): void {
    if (this.glanceLeft > 0) {
      this.glanceLeft -= dt;
      if (this.glanceLeft <= 0) this.glanceYaw = this.glancePitch = 0;
      return;
    }
    this.nextGlanceIn -= dt;
    if (this.nextGlanceIn > 0 || gestureWeight > 0.1) return;
    const interval = (customerType && GLANCE_INTERVAL[customerType]) ?? DEFAULT_INTERVAL;
    this.nextGlanceIn = this.random.range(interval[0], interval[1]) * (1 + tension);
    this.glanceLeft = this.random.range(0.45, 1.2);
    this.glanceYaw = this.random.sign() * this.random.range(0.2, 0.5);
    // The indecisive look down while they think; others glance to the side, a little up.
    this.glancePitch = customerType === 'indecisive' ? this.random.range(-0.35, -0.1) : this.random.range(-0.15, 0.12);
  }
}
