import type { Emotion, Mood } from '../../core/scenario/vocabulary';

/** The VRM expression presets a customer's emotion is drawn with (every VRM 0.x and 1.0 model has these names). */
export const EMOTION_PRESETS = ['happy', 'angry', 'sad', 'relaxed', 'surprised', 'neutral'] as const;
export type EmotionPreset = (typeof EMOTION_PRESETS)[number];

/** Weights per preset, in `EMOTION_PRESETS` order. */
export type EmotionWeights = Float32Array;

type Blend = Partial<Record<EmotionPreset, number>>;

/**
 * The scenario's nine emotions as blends of the six presets. Mixed feelings mix presets:
 * annoyed is a weak anger, doubtful a little sad and a little angry (a frown without rage),
 * anxious sad brows with wide eyes.
 */
export const EMOTION_BLENDS: Record<Emotion, Blend> = {
  neutral: { neutral: 1 },
  happy: { happy: 0.8 },
  relaxed: { relaxed: 0.7 },
  sad: { sad: 0.75 },
  angry: { angry: 0.9 },
  annoyed: { angry: 0.45 },
  surprised: { surprised: 0.7 },
  anxious: { sad: 0.4, surprised: 0.25 },
  doubtful: { sad: 0.25, angry: 0.2 },
};

/**
 * How an emotion carries into the body, 0..1 each: tension (chest forward, shoulders up,
 * fists), guard (leaning back, arms in) and looseness (relaxed shoulders, open hands, more sway).
 */
export const EMOTION_POSTURE: Record<Emotion, { tension: number; guard: number; loose: number }> = {
  neutral: { tension: 0.1, guard: 0.1, loose: 0.3 },
  happy: { tension: 0, guard: 0, loose: 0.8 },
  relaxed: { tension: 0, guard: 0, loose: 1 },
  sad: { tension: 0, guard: 0.35, loose: 0.1 },
  angry: { tension: 1, guard: 0.1, loose: 0 },
  annoyed: { tension: 0.6, guard: 0.2, loose: 0 },
  surprised: { tension: 0.3, guard: 0.2, loose: 0.1 },
  anxious: { tension: 0.45, guard: 0.5, loose: 0 },
  doubtful: { tension: 0.2, guard: 0.6, loose: 0 },
};

/**
 * Target preset weights for an emotion plus a bias from the mood: a customer who is still
 * angry keeps a trace of anger on a neutral line, one who has come to trust the trainee
 * softens. Writes into `out`; allocates nothing.
 */
export function emotionTargets(emotion: Emotion, mood: Mood, out: EmotionWeights): EmotionWeights {
  const blend = EMOTION_BLENDS[emotion];
  for (let i = 0; i < EMOTION_PRESETS.length; i++) out[i] = blend[EMOTION_PRESETS[i] as EmotionPreset] ?? 0;
  const anger = Math.max(0, (mood.anger - 35) / 65);
  const distrust = Math.max(0, (40 - mood.trust) / 40);
  const ease = Math.max(0, (mood.trust - 60) / 40) * Math.max(0, 1 - mood.anger / 40);
  add(out, 'angry', 0.35 * anger);
  add(out, 'sad', 0.12 * distrust);
  add(out, 'relaxed', emotion === 'angry' || emotion === 'annoyed' ? 0 : 0.25 * ease);
  // A calm mood takes the edge off an angry line, and anger curdles a smile.
  scale(out, 'angry', 1 - 0.3 * ease);
  scale(out, 'happy', 1 - 0.5 * anger);
  return out;
}

/** Tension, guard and looseness from the line's emotion and the session mood, 0..1 each. */
export function postureTargets(emotion: Emotion, mood: Mood): { tension: number; guard: number; loose: number } {
  const base = EMOTION_POSTURE[emotion];
  const anger = mood.anger / 100;
  const distrust = Math.max(0, (55 - mood.trust) / 55);
  const tension = Math.min(1, 0.55 * base.tension + 0.6 * anger);
  const guard = Math.min(1, 0.6 * base.guard + 0.5 * distrust * (1 - 0.5 * tension));
  const loose = Math.min(1, base.loose * (1 - tension) + 0.3 * Math.max(0, (mood.trust - 50) / 50) * (1 - anger));
  return { tension, guard, loose };
}

function add(out: EmotionWeights, preset: EmotionPreset, amount: number): void {
  const i = EMOTION_PRESETS.indexOf(preset);
  out[i] = Math.min(1, (out[i] ?? 0) + amount);
}

function scale(out: EmotionWeights, preset: EmotionPreset, factor: number): void {
  const i = EMOTION_PRESETS.indexOf(preset);
  out[i] = (out[i] ?? 0) * factor;
}
