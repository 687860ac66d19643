import type { CustomerType, Emotion, Gesture, Mood } from '../../core/scenario/vocabulary';

/** What the avatar presents, as a mutable object read every frame (it never re-renders React). */
export interface AvatarCues {
  emotion: Emotion;
  gesture: Gesture;
  /** Increases when a new line starts, so its gesture plays again even if it is the same gesture. */
  lineSerial: number;
  speaking: boolean;
  mood: Mood;
  customerType: CustomerType | null;
  /** Increases on every change, so animators can redo derived values only then. */
  revision: number;
}

export function createAvatarCues(): AvatarCues {
  return {
    emotion: 'neutral',
    gesture: 'none',
    lineSerial: 0,
    speaking: false,
    mood: { anger: 0, trust: 50, patience: 50 },
    customerType: null,
    revision: 0,
  };
}

/**
 * Puts a line on the cues — the one way both drives (live and replay) do it: its emotion and
 * gesture (neutral and none without a line, so a held gesture lets go), whether the customer is
 * speaking, and the mood when it is known. A new line bumps `lineSerial`, so its gesture plays
 * even if it is the one just played; every call bumps `revision`.
 */
export function applyLine(
  cues: AvatarCues,
  line: { emotion: Emotion; gesture: Gesture } | null | undefined,
  newLine: boolean,
  speaking: boolean,
  mood: Mood | null | undefined,
): void {
  if (newLine) cues.lineSerial++;
  cues.emotion = line?.emotion ?? 'neutral';
  cues.gesture = line?.gesture ?? 'none';
  cues.speaking = speaking;
  if (mood) cues.mood = mood;
  cues.revision++;
}
