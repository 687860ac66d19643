import type { StoredProtocol } from '../protocol/schema';
import type { CustomerType } from '../scenario/vocabulary';
import type { SensingTotals } from '../sensing/totals';
import { LOG_FORMAT, type SessionLog } from '../session/log';
import type { VoiceRecord } from '../voice/schema';
import type { PoseTrack } from './pose-track';
import { RECORDING_FORMAT, RECORDING_VERSION, type Recording, type Timings, type TrainerNote } from './schema';

export interface RecordingInput {
  /** A UUID from the app (crypto.randomUUID outside the core); it doubles as the xAPI registration. */
  id: string;
  pseudonym: string;
  /** ISO date-time of the session start, from the injected clock. */
  startedAt: string;
  log: SessionLog;
  /** The run's id in the app (its checkpoint's), so the recording is found as that run's. */
  runId?: string;
  /** Session clock when the recording was closed (ms); at least the last intent's time. */
  endMs: number;
  poses: PoseTrack;
  sensing: SensingTotals | null;
  notes?: TrainerNote[];
  protocol?: StoredProtocol;
  typeAnswer?: CustomerType;
  /** The trainee ended the conversation early („Gespräch beenden“). */
  abandoned?: boolean;
  /** Voice mode's measures; absent when voice mode was off. */
  voice?: VoiceRecord;
}

/** Duration and paused time of a log; a pause still open at the end counts until `endMs`. */
export function timingsOf(log: SessionLog, endMs: number): Timings {
  const last = log.intents.length > 0 ? (log.intents[log.intents.length - 1]?.at ?? 0) : 0;
  const durationMs = Math.max(endMs, last);
  let pausedMs = 0;
  let pausedAt: number | null = null;
  for (const intent of log.intents) {
    if (intent.type === 'pause') pausedAt = intent.at;
    else if (intent.type === 'resume' && pausedAt !== null) {
      pausedMs += intent.at - pausedAt;
      pausedAt = null;
    }
  }
  if (pausedAt !== null) pausedMs += durationMs - pausedAt;
  return { durationMs, pausedMs };
}

export function createRecording(input: RecordingInput): Recording {
  const { log } = input;
  const recording: Recording = {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    id: input.id,
    pseudonym: input.pseudonym,
    scenarioId: log.scenarioId,
    scenarioFingerprint: log.scenarioFingerprint,
    locale: log.locale,
    seed: log.seed,
    placeholders: { ...log.placeholders },
    startedAt: input.startedAt,
    intents: log.intents.map((i) => ({ ...i })),
    timings: timingsOf(log, input.endMs),
    poses: input.poses,
    sensing: input.sensing,
    notes: sortNotes(input.notes ?? []),
  };
  if (log.rules !== undefined) recording.rules = log.rules;
  if (log.difficulty !== undefined) recording.difficulty = log.difficulty;
  if (input.runId !== undefined) recording.runId = input.runId;
  if (input.protocol) recording.protocol = input.protocol;
  if (input.typeAnswer) recording.typeAnswer = input.typeAnswer;
  if (input.abandoned) recording.abandoned = true;
  if (input.voice) recording.voice = input.voice;
  return recording;
}

/** Which run a recording is: its run id, or for a recording made before runs had one, its seed. */
export function runIdOf(recording: Pick<Recording, 'runId' | 'seed'>): string {
  return recording.runId ?? recording.seed;
}

/** The engine log inside a recording, ready for `replay`/`trace` and scoring. */
export function sessionLogOf(recording: Recording): SessionLog {
  const log: SessionLog = {
    format: LOG_FORMAT,
    scenarioId: recording.scenarioId,
    scenarioFingerprint: recording.scenarioFingerprint,
    locale: recording.locale,
    seed: recording.seed,
    placeholders: { ...recording.placeholders },
    intents: recording.intents.map((i) => ({ ...i })),
  };
  if (recording.rules !== undefined) log.rules = recording.rules;
  if (recording.difficulty !== undefined) log.difficulty = recording.difficulty;
  return log;
}

function sortNotes(notes: readonly TrainerNote[]): TrainerNote[] {
  // Array.prototype.sort is stable: notes at the same moment keep the order they were written in.
  return [...notes].sort((a, b) => a.atMs - b.atMs);
}

/** A copy of the recording with one more trainer note, in replay order. */
export function addTrainerNote(recording: Recording, note: TrainerNote): Recording {
  return { ...recording, notes: sortNotes([...recording.notes, note]) };
}

/** A copy of the recording with the trainee's protocol (replacing an earlier one). */
export function withProtocol(recording: Recording, protocol: StoredProtocol): Recording {
  return { ...recording, protocol };
}

/** A copy of the recording with the trainee's answer to „Welcher Kundentyp war das?“ (replacing an earlier one). */
export function withRecordedTypeAnswer(recording: Recording, typeAnswer: CustomerType): Recording {
  return { ...recording, typeAnswer };
}
