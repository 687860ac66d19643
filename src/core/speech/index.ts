/**
 * Text → viseme timeline for the customer avatar's lip-sync (de, en), after TalkingHead's
 * lipsync modules: text in, timed visemes out; pure, no DOM, no clock.
 */
export {
  alignToBoundary,
  MIN_SPEED_SPAN_SECONDS,
  SPEED_RANGE,
  timelineTime,
  UNSYNCED,
  type VoiceSync,
  wordCueIndex,
} from './align';
export { PHONES, type Phone } from './phones';
export { estimateDuration, normalizeRate, SECONDS_PER_UNIT, textToVisemes, timelineDuration } from './timeline';
export { PAUSE_SECONDS, tokenize, wordStarts } from './tokens';
export {
  createMouthWeights,
  MOUTH_SHAPES,
  type MouthShape,
  type MouthWeights,
  VISEMES,
  type Viseme,
  type VisemeCue,
  type VisemeTimeline,
} from './visemes';
export { COARTICULATION_SECONDS, cueIndexAt, visemeWeightsAt } from './weights';
