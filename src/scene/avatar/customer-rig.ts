import type { VRM } from '@pixiv/three-vrm';
import { Vector3 } from 'three';
import { SeededRandom } from '../../core/math/seeded-random';
import { MOUTH_SHAPES } from '../../core/speech/visemes';
import type { AvatarDebugSnapshot } from './avatar-debug';
import { AvatarFrame } from './avatar-frame';
import { type BodyLandmarks, measureLandmarks } from './body-landmarks';
import { CounterGuard } from './counter-guard';
import type { CustomerDrive } from './customer-drive';
import { EMOTION_PRESETS } from './emotion-map';
import { FaceAnimator } from './face-animator';
import { FingerPoser } from './finger-poser';
import { GazeController } from './gaze-controller';
import { GesturePlayer } from './gesture-player';
import type { GestureContext } from './gesture-sample';
import { counterLean, HandReach } from './hand-reach';
import { ARM, addPose, addSide, BONE, createPose, pitchOf, SIDES, sideAt } from './humanoid-pose';
import { HumanoidPoser } from './humanoid-poser';
import { IdleBody } from './idle-body';
import { VrmUpdater } from './vrm-updater';

export interface CustomerRigOptions {
  /** Seeds blinks, glances and weight shifts, so runs repeat. */
  seed: string;
  /** Counter top height and front edge z in the avatar frame (metres). */
  counterTop: number;
  counterFront: number;
}

/**
 * Everything the customer does each frame, for any VRM, in this order:
 * 1. mood posture and gestures advance (plain numbers), the gaze aims at the trainee;
 * 2. one pose is built (idle + gesture offsets + head turn) and written to the normalized bones;
 * 3. gestures with hand goals bend the arms by IK over that pose (it needs the posed matrices),
 *    fingers curl, and any hand that ended up inside the counter is bent out of it again;
 * 4. face and lip-sync;
 * 5. three-vrm copies the normalized pose to the mesh bones, turns the eyes, applies the
 *    expressions and steps the spring bones.
 */
export class CustomerRig {
  readonly frame: AvatarFrame;
  readonly body: BodyLandmarks;
  readonly gestures: GesturePlayer;
  readonly idle: IdleBody;
  readonly face: FaceAnimator;
  readonly gaze: GazeController;
  private readonly poser: HumanoidPoser;
  private readonly hands: HandReach;
  private readonly fingers: FingerPoser;
  private readonly counterGuard: CounterGuard;
  private readonly updater: VrmUpdater;
  private readonly pose = createPose();
  private readonly trainee = new Vector3();
  private readonly context: GestureContext;

  constructor(vrm: VRM, options: CustomerRigOptions) {
    const random = new SeededRandom(options.seed);
    this.frame = new AvatarFrame(vrm);
    this.body = measureLandmarks(this.frame);
    this.poser = new HumanoidPoser(this.frame);
    this.hands = new HandReach(this.frame, this.body);
    this.fingers = new FingerPoser(this.frame);
    this.counterGuard = new CounterGuard(this.frame, this.body, options.counterTop, options.counterFront);
    this.idle = new IdleBody(random);
    this.gestures = new GesturePlayer(random);
    this.gaze = new GazeController(this.frame, this.body, random);
    this.face = new FaceAnimator(vrm.expressionManager, random);
    this.updater = new VrmUpdater(vrm);
    this.context = {
      body: this.body,
      counterTop: options.counterTop,
      counterFront: options.counterFront,
      counterLean: counterLean(this.body, options.counterTop, options.counterFront),
      trainee: this.trainee,
      variation: 0,
      speaking: false,
    };
  }

  /** One frame, driven by the live conversation or a replay alike: cues, the trainee's eyes and the mouth come from `drive`. */
  update(delta: number, drive: CustomerDrive): void {
    // A long frame (tab switch, loading hitch) must not fling springs or skip whole gestures.
    const dt = Math.min(delta, 0.1);
    const { vrm } = this.frame;
    const { gestures, pose } = this;
    vrm.scene.updateWorldMatrix(true, false);
    const { cues } = drive;
    this.frame.toAvatar(drive.traineeEyes(this.trainee));
    this.context.speaking = cues.speaking;

    this.idle.update(dt, cues);
    gestures.update(dt, cues.gesture, cues.lineSerial, this.context);
    this.gaze.update(
      dt,
      this.trainee,
      cues.customerType,
      this.idle.tension,
      gestures.gaze('yaw'),
      gestures.gaze('pitch'),
      gestures.gazeWeight(),
    );

    const { previous, current } = gestures;
    pose.fill(0);
    this.idle.write(pose);
    addPose(pose, previous.sample.offsets, previous.weight);
    addPose(pose, current.sample.offsets, current.weight);
    const torsoPitch = pitchOf(pose, BONE.spine) + pitchOf(pose, BONE.chest) + pitchOf(pose, BONE.upperChest);
    const torsoYaw =
      (pose[BONE.spine * 3 + 1] ?? 0) + (pose[BONE.chest * 3 + 1] ?? 0) + (pose[BONE.upperChest * 3 + 1] ?? 0);
    this.gaze.write(pose, torsoPitch, torsoYaw);
    // Hanging arms stay near vertical when the torso leans forward (gravity) instead of swinging
    // with it; leaning back, they mostly go along (the hands would otherwise come forward).
    const armSwing = torsoPitch * (torsoPitch > 0 ? 0.8 : 0.3);
    for (let i = 0; i < SIDES.length; i++) addSide(pose, sideAt(i), ARM[sideAt(i)].upperArm, 0, armSwing, 0);
    this.poser.apply(pose);

    vrm.humanoid.normalizedHumanBonesRoot.updateWorldMatrix(false, true);
    const idleCurl = this.idle.fingerCurl;
    for (let i = 0; i < SIDES.length; i++) {
      const side = sideAt(i);
      this.hands.apply(side, previous.sample.hand(side), previous.weight);
      this.hands.apply(side, current.sample.hand(side), current.weight);
      this.fingers.apply(side, gestures.curl(side, idleCurl, false), gestures.curl(side, idleCurl, true));
      this.counterGuard.apply(side);
    }

    this.face.update(dt, cues, drive.mouth);
    this.updater.update(dt);
  }

  /** The current expression weights, gesture and posture, for `avatar-debug`. */
  snapshot(): AvatarDebugSnapshot {
    const expressions: Record<string, number> = {};
    EMOTION_PRESETS.forEach((name, i) => {
      expressions[name] = this.face.emotion[i] ?? 0;
    });
    for (const shape of MOUTH_SHAPES) expressions[shape] = this.face.mouth[shape];
    expressions.blink = this.face.blink;
    const { current } = this.gestures;
    return {
      expressions,
      gesture: current.weight > 0 ? current.gesture : 'none',
      gestureWeight: current.weight,
      posture: { tension: this.idle.tension, guard: this.idle.guard, loose: this.idle.loose },
    };
  }
}
