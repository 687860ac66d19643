import type { SessionState } from '../core/dialogue/types';
import { createPoseFrame } from '../core/recording/pose';
import { poseAt } from '../core/recording/pose-at';
import { createMouthWeights, type MouthWeights } from '../core/speech/visemes';
import { visemeWeightsAt } from '../core/speech/weights';
import { applyLine, createAvatarCues } from '../scene/avatar/avatar-cues';
import { desktopHeadPose, holdHead } from './head-hold';
import type { LoadedReplay } from './loaded-replay';
import { transcriptIndexAt } from './replay-model';
import { intentCountAt } from './replay-seeker';
import { lastStartingAtOrBefore, type SpokenLine, spokenLineAt } from './speech-schedule';

/** Where the replay is, in the discrete steps the DOM shows (few changes per minute). */
export interface ReplayCursor {
  intentCount: number;
  transcriptIndex: number;
  /** The line being spoken, or −1. */
  lineIndex: number;
}

/**
 * The per-frame side of the player, outside React and zustand (docs/architecture.md#per-frame-code): the playhead time,
 * the trainee's pose and the avatar's cues at that time, all mutated in place. `sync` is called
 * every frame by the scene and after every seek; it allocates nothing unless the playhead crossed
 * an intent, a line or a transcript row, and then calls `onStep` so the store can re-render.
 */
export const playhead = {
  timeMs: 0,
  replay: null as LoadedReplay | null,
  pose: createPoseFrame(),
  cues: createAvatarCues(),
  cursor: { intentCount: -1, transcriptIndex: -1, lineIndex: -1 } as ReplayCursor,
  /** The line whose face and gesture show (the spoken one, or the last one begun). */
  cueLine: -1,
};

/** Puts a session on the playhead (or none), at its start. */
export function loadPlayhead(replay: LoadedReplay | null): void {
  playhead.replay = replay;
  playhead.timeMs = 0;
  playhead.cursor.intentCount = -1;
  playhead.cursor.transcriptIndex = -1;
  playhead.cursor.lineIndex = -1;
  playhead.cueLine = -1;
  playhead.cues.customerType = replay?.scenario.customer.type ?? null;
  if (replay) playhead.cues.mood = replay.seeker.stateAfter(0).mood;
  playhead.cues.revision++;
}

/**
 * Brings everything derived from the playhead up to `playhead.timeMs`. When a discrete step
 * changed, `onStep` gets the cursor and — if the intent count changed — the engine state there.
 */
export function syncPlayhead(onStep: (cursor: ReplayCursor, state: SessionState | null) => void): void {
  const replay = playhead.replay;
  if (!replay) return;
  const t = playhead.timeMs;
  poseAt(replay.poses, t, playhead.pose);
  if (!playhead.pose.head.tracked && !holdHead(replay.poses, t, playhead.pose.head))
    desktopHeadPose(playhead.pose.head);
  const { lines, transcript } = replay.model;
  const cursor = playhead.cursor;
  const intentCount = intentCountAt(replay.recording.intents, t);
  const transcriptIndex = transcriptIndexAt(transcript, t);
  const lineIndex = spokenLineAt(lines, t);
  if (
    intentCount === cursor.intentCount &&
    transcriptIndex === cursor.transcriptIndex &&
    lineIndex === cursor.lineIndex
  )
    return;
  let state: SessionState | null = null;
  if (intentCount !== cursor.intentCount) state = replay.seeker.stateAfter(intentCount);
  cursor.intentCount = intentCount;
  cursor.transcriptIndex = transcriptIndex;
  cursor.lineIndex = lineIndex;
  updateCues(lines, lineIndex >= 0 ? lineIndex : lastStartingAtOrBefore(lines, t), lineIndex >= 0, state);
  onStep(cursor, state);
}

/** Puts the line at the playhead on the cues as the live drive does (`applyLine`): a new line plays its gesture. */
function updateCues(
  lines: readonly SpokenLine[],
  cueLine: number,
  speaking: boolean,
  state: SessionState | null,
): void {
  const line = lines[cueLine];
  const previous = lines[playhead.cueLine];
  const sameLine =
    line !== undefined && previous !== undefined && line.beat === previous.beat && line.line === previous.line;
  playhead.cueLine = cueLine;
  applyLine(playhead.cues, line, !sameLine, speaking, state?.mood);
}

const silent = createMouthWeights();

/** The customer's mouth at the playhead: the spoken line's visemes, or closed. Allocation-free. */
export function replayMouth(out: MouthWeights): MouthWeights {
  const line = playhead.replay?.model.lines[playhead.cursor.lineIndex];
  if (!line) return Object.assign(out, silent);
  return visemeWeightsAt(line.timeline, (playhead.timeMs - line.start) / 1000, out);
}
