/**
 * The fixed vocabularies a scenario uses. Each list is traced to the source article in
 * docs/training-content.md (section 4); `as const` arrays give both the runtime list for
 * the schema and the union type (three-vrm's VRMExpressionPresetName style).
 */

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The article's five customer types, plus `custom` for anything else. */
export const CUSTOMER_TYPES = ['angry', 'indecisive', 'demanding', 'talkative', 'suspicious', 'custom'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** The customer's mood, each 0–100. */
export const MOOD_KEYS = ['anger', 'trust', 'patience'] as const;
export type MoodKey = (typeof MOOD_KEYS)[number];
export type Mood = Record<MoodKey, number>;

/** How a trainee response sounds. */
export const TONES = [
  'empathetic',
  'factual',
  'assertive',
  'apologetic',
  'evasive',
  'defensive',
  'dismissive',
  'aggressive',
] as const;
export type Tone = (typeof TONES)[number];

/** Communication and de-escalation techniques named in the article. */
export const TECHNIQUES = [
  'active_listening',
  'empathy',
  'open_question',
  'closed_question',
  'neutral_summary',
  'stay_calm',
  'keep_distance',
  'alternatives',
  'individual_solution',
  'binding_next_steps',
  'transparency',
  'focus_conversation',
  'boundary_setting',
  'escalate_to_supervisor',
  'end_relationship',
  'documentation',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** Techniques that are only right when the situation warrants them (article: "Bei Bedarf eskalieren", "Grenzen setzen"). */
export const DRASTIC_TECHNIQUES = [
  'escalate_to_supervisor',
  'boundary_setting',
  'end_relationship',
] as const satisfies readonly Technique[];
export type DrasticTechnique = (typeof DRASTIC_TECHNIQUES)[number];

/** The customer's facial emotion; the avatar maps these onto VRM expressions. */
export const EMOTIONS = [
  'neutral',
  'happy',
  'relaxed',
  'sad',
  'angry',
  'annoyed',
  'surprised',
  'anxious',
  'doubtful',
] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** Body-language gestures the avatar can play. */
export const GESTURES = [
  'none',
  'arms_crossed',
  'point',
  'hand_on_counter',
  'slam_counter',
  'shrug',
  'check_watch',
  'look_around',
  'lean_in',
  'lean_back',
  'nod',
  'shake_head',
  'gesticulate',
] as const;
export type Gesture = (typeof GESTURES)[number];

/** How a conversation ends. */
export const OUTCOMES = [
  'resolved',
  'follow_up_agreed',
  'escalated_to_supervisor',
  'relationship_ended',
  'customer_left_angry',
  'customer_left_undecided',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The steps of a well-structured conversation (article: "Effektive Kommunikationsstrategien"). */
export const STRUCTURE_STEPS = ['acknowledge', 'clarify', 'summarise', 'offer', 'commit'] as const;
export type StructureStep = (typeof STRUCTURE_STEPS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
