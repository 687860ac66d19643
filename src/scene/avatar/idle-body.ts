import type { SeededRandom } from '../../core/math/seeded-random';
import type { AvatarCues } from './avatar-cues';
import { postureTargets } from './emotion-map';
import { ARM, addBone, addSide, BONE, LEG, type Pose, SIDES, sideAt } from './humanoid-pose';
import { approach } from './motion-math';

/**
 * The body when no gesture overrides it: a standing posture shaped by mood (tension, guard,
 * looseness), breathing, and a slow shift of weight from one leg to the other.
 *
 * - tension (anger): chest and head forward, shoulders up, elbows out, fists, fast deep breaths;
 * - guard (low trust): leaning back a little, upper arms in, forearms across the belly;
 * - looseness (relaxed, happy): shoulders down, arms hanging, head tilted, more sway.
 */
export class IdleBody {
  tension = 0.2;
  guard = 0.2;
  loose = 0.3;
  private targetTension = 0.2;
  private targetGuard = 0.2;
  private targetLoose = 0.3;
  private revision = -1;
  private breathPhase = 0;
  private shift = 0;
  private shiftTarget = 0.6;
  private nextShiftIn = 3;

  constructor(private readonly random: SeededRandom) {}

  update(dt: number, cues: AvatarCues): void {
    if (cues.revision !== this.revision) {
      // Derived only when a store changed: postureTargets allocates a small object.
      this.revision = cues.revision;
      const targets = postureTargets(cues.emotion, cues.mood);
      this.targetTension = targets.tension;
      this.targetGuard = targets.guard;
      this.targetLoose = targets.loose;
    }
    // Mood settles over about a second; tension rises faster than it fades.
    this.tension = approach(this.tension, this.targetTension, this.targetTension > this.tension ? 2.5 : 0.8, dt);
    this.guard = approach(this.guard, this.targetGuard, 1, dt);
    this.loose = approach(this.loose, this.targetLoose, 1, dt);
    this.breathPhase += (dt * Math.PI * 2) / (4.2 - 1.6 * this.tension);
    if (this.breathPhase > Math.PI * 2) this.breathPhase -= Math.PI * 2;
    this.nextShiftIn -= dt;
    if (this.nextShiftIn <= 0) {
      this.nextShiftIn = this.random.range(4, 9) * (1 - 0.4 * this.tension);
      this.shiftTarget = -Math.sign(this.shiftTarget || 1) * this.random.range(0.5, 1);
    }
    this.shift = approach(this.shift, this.shiftTarget, 0.9, dt);
  }

  /** Finger curl of the idle hands: open when relaxed, fists when angry. */
  get fingerCurl(): number {
    return 0.22 + 0.7 * this.tension - 0.1 * this.loose;
  }

  /** Adds the idle posture to `pose`. */
  write(pose: Pose): void {
    const { tension: t, guard: g, loose: l } = this;
    const breath = Math.sin(this.breathPhase);
    const depth = 0.012 + 0.02 * t;
    // Torso: forward with anger, back with distrust; breathing lifts the chest (negative pitch).
    addBone(pose, BONE.spine, 0.05 * t - 0.06 * g, 0, 0);
    addBone(pose, BONE.chest, 0.04 * t - 0.02 * g - depth * 0.5 * breath, 0, 0);
    addBone(pose, BONE.upperChest, 0.02 * t - depth * breath, 0, 0);
    addBone(pose, BONE.neck, 0.07 * t - 0.02 * l, 0, 0);
    addBone(pose, BONE.head, 0.05 * t + 0.03 * g - 0.02 * l, 0, 0.05 * l);
    // Weight shift: the hips roll over the standing leg, the spine rights the head again.
    const roll = this.shift * (0.02 + 0.03 * l);
    addBone(pose, BONE.hips, 0, 0.02 * this.shift, roll);
    addBone(pose, BONE.spine, 0, 0, -roll * 0.7);
    addBone(pose, BONE.chest, 0, 0, -roll * 0.3);
    for (let i = 0; i < SIDES.length; i++) {
      const side = sideAt(i);
      const arm = ARM[side];
      const leg = LEG[side];
      // Shoulders: up and forward with tension, a little lift on each breath.
      addSide(pose, side, arm.shoulder, 0, -0.05 * t - 0.04 * g, 0.1 * t - 0.05 * l + depth * 0.8 * breath);
      // Upper arm down by the side (z), forward (y); elbows out when tense, in when guarded.
      // Guarded, the upper arms turn in so the forearms fold across the belly.
      addSide(pose, side, arm.upperArm, 0.05 + 0.5 * g, -0.08 - 0.12 * g - 0.05 * t, -1.3 + 0.1 * t + 0.1 * g);
      // Elbow bend (y) and forearm twist (x > 0 turns the palm back towards the thigh).
      addSide(pose, side, arm.lowerArm, 0.35 - 0.3 * g, -0.2 - 0.8 * g - 0.2 * t, 0);
      addSide(pose, side, arm.hand, 0, 0.05, -0.08 + 0.06 * t);
      // The standing leg is straight; the free leg's knee bends a little.
      const free = Math.max(0, side === 'left' ? this.shift : -this.shift);
      addSide(pose, side, leg.upperLeg, -0.03 - 0.06 * free, 0, roll * (side === 'left' ? -1 : 1));
      addBone(pose, leg.lowerLeg, 0.04 + 0.14 * free, 0, 0);
      addBone(pose, leg.foot, -0.02 - 0.07 * free, 0, 0);
    }
  }
}
