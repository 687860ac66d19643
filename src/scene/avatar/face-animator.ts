import type { VRMExpression, VRMExpressionManager } from '@pixiv/three-vrm';
import type { SeededRandom } from '../../core/math/seeded-random';
import { createMouthWeights, MOUTH_SHAPES, type MouthWeights } from '../../core/speech/visemes';
import type { AvatarCues } from './avatar-cues';
import { EMOTION_PRESETS, emotionTargets } from './emotion-map';
import { approach } from './motion-math';

/** How much each emotion preset is eased off while speaking, so its mouth does not fight the visemes. */
const SPEAKING_DAMP: Record<(typeof EMOTION_PRESETS)[number], number> = {
  happy: 0.4,
  angry: 0.3,
  sad: 0.15,
  relaxed: 0.3,
  surprised: 0.5,
  neutral: 0,
};

/** Visemes a little under full: a wide-open "aa" on every vowel looks like shouting. */
const MOUTH_GAIN = 0.9;

/**
 * The face: emotion presets blended from the current line and the mood and eased over time,
 * blinks at natural random intervals, and lip-sync from the drive's mouth each frame. Every preset
 * is optional (a model without `surprised` simply never shows it); blinking falls back to
 * blinkLeft + blinkRight when a model has no `blink`.
 */
export class FaceAnimator {
  /** Emotion weights as applied this frame (eased, and eased off while speaking), in `EMOTION_PRESETS` order. */
  readonly emotion = new Float32Array(EMOTION_PRESETS.length);
  private readonly eased = new Float32Array(EMOTION_PRESETS.length);
  readonly mouth: MouthWeights = createMouthWeights();
  blink = 0;
  private readonly target = new Float32Array(EMOTION_PRESETS.length);
  private readonly emotionExpressions: (VRMExpression | null)[];
  /** Highest weight each emotion may have while speaking: above 0.5 a "block" mouth override would silence the lips. */
  private readonly speakingCap: Float32Array;
  private readonly speakingDamp = Float32Array.from(EMOTION_PRESETS, (name) => SPEAKING_DAMP[name]);
  private readonly mouthExpressions: (VRMExpression | null)[];
  private readonly blinkExpressions: VRMExpression[];
  private speaking = 0;
  private revision = -1;
  /** Seconds since the last blink began; starts past the end of one. */
  private blinkClock = 1;
  private nextBlinkIn = 2;
  private doubleBlink = false;

  constructor(
    manager: VRMExpressionManager | undefined,
    private readonly random: SeededRandom,
  ) {
    const find = (name: string) => manager?.getExpression(name) ?? null;
    this.emotionExpressions = EMOTION_PRESETS.map(find);
    this.speakingCap = Float32Array.from(this.emotionExpressions, (e) => (e?.overrideMouth === 'block' ? 0.49 : 1));
    this.mouthExpressions = MOUTH_SHAPES.map(find);
    const blink = find('blink');
    this.blinkExpressions = blink
      ? [blink]
      : [find('blinkLeft'), find('blinkRight')].filter((e): e is VRMExpression => e !== null);
  }

  /** `mouth` writes this moment's lip-sync (the live voice's or the replay's) into what it is given. */
  update(dt: number, cues: AvatarCues, mouth: (out: MouthWeights) => MouthWeights): void {
    if (cues.revision !== this.revision) {
      this.revision = cues.revision;
      emotionTargets(cues.emotion, cues.mood, this.target);
    }
    this.speaking = approach(this.speaking, cues.speaking ? 1 : 0, 8, dt);
    for (let i = 0; i < EMOTION_PRESETS.length; i++) {
      const eased = approach(this.eased[i] ?? 0, this.target[i] ?? 0, 4, dt);
      this.eased[i] = eased;
      const damp = 1 - (this.speakingDamp[i] ?? 0) * this.speaking;
      const cap = this.speaking > 0.5 ? (this.speakingCap[i] ?? 1) : 1;
      const weight = Math.min(eased * damp, cap);
      this.emotion[i] = weight;
      const expression = this.emotionExpressions[i];
      if (expression) expression.weight = weight;
    }
    mouth(this.mouth);
    for (let i = 0; i < MOUTH_SHAPES.length; i++) {
      const expression = this.mouthExpressions[i];
      const shape = MOUTH_SHAPES[i];
      if (!shape) continue;
      this.mouth[shape] *= MOUTH_GAIN;
      if (expression) expression.weight = this.mouth[shape];
    }
    this.blink = this.blinkAt(dt);
    for (let i = 0; i < this.blinkExpressions.length; i++) {
      const expression = this.blinkExpressions[i];
      if (expression) expression.weight = this.blink;
    }
  }

  /** A blink closes in ~60 ms and opens in ~100 ms; 2–6 s apart, now and then twice in a row. */
  private blinkAt(dt: number): number {
    this.blinkClock += dt;
    if (this.blinkClock >= this.nextBlinkIn) {
      this.blinkClock = 0;
      this.doubleBlink = !this.doubleBlink && this.random.next() < 0.15;
      this.nextBlinkIn = this.doubleBlink ? 0.22 : this.random.range(1.8, 5.5);
    }
    const t = this.blinkClock;
    if (t < 0.06) return t / 0.06;
    if (t < 0.16) return 1 - (t - 0.06) / 0.1;
    return 0;
  }
}
