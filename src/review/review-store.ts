import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SessionState } from '../core/dialogue/types';
import type { ProtocolCheck } from '../core/protocol/check';
import { addTrainerNote } from '../core/recording/create';
import { type Recording, type TrainerNote, trainerNoteSchema } from '../core/recording/schema';
import type { ScenarioLoader } from '../core/scenario/catalogue';
import type { Scenario } from '../core/scenario/schema';
import { scenarioFingerprint } from '../core/session/fingerprint';
import { recordedProtocolCheck } from '../recording/recorded-protocol';
import { recordsStore, write } from '../recording/records-store';
import type { SessionSummary } from '../storage/session-repository';
import { loadReplay, type ReviewedReport } from './loaded-replay';
import type { TranscriptEntry } from './replay-model';
import { loadPlayhead, playhead, type ReplayCursor, syncPlayhead } from './replay-playhead';
import { DEFAULT_FILTER, type ListFilter } from './session-list';
import { type TimelineMarker, timelineMarkers } from './timeline-markers';

export const CAMERA_MODES = ['trainee', 'customer', 'orbit'] as const;
export type CameraMode = (typeof CAMERA_MODES)[number];

export const SPEEDS = [0.5, 0.75, 1, 1.5, 2] as const;

/** An opened session: still loading, not playable (and why), or ready. Plain data only. */
export type OpenSession =
  | { id: string; status: 'loading' }
  | { id: string; status: 'not-found' }
  | { id: string; status: 'missing-scenario' | 'changed-scenario'; recording: Recording }
  | { id: string; status: 'broken'; recording: Recording; reason: string }
  | {
      id: string;
      status: 'ready';
      recording: Recording;
      scenario: Scenario;
      /** With `voice` (the „Stimme“ feedback) when the session was held in voice mode. */
      report: ReviewedReport;
      /** The check of the trainee's protocol („Dokumentation“), as the debrief showed it; null when none was written. */
      documentation: ProtocolCheck | null;
      transcript: TranscriptEntry[];
      markers: TimelineMarker[];
      durationMs: number;
    };

export interface ReviewState {
  sessions: SessionSummary[] | null;
  listFailed: boolean;
  filter: ListFilter;
  open: OpenSession | null;
  playing: boolean;
  speed: number;
  camera: CameraMode;
  /** The discrete replay position (see replay-playhead.ts); the exact time lives in `playhead`. */
  cursor: ReplayCursor;
  /** The engine state at the playhead. */
  state: SessionState | null;
  noteStatus: 'idle' | 'saving' | 'saved' | 'failed' | 'invalid';
  loadList(): Promise<void>;
  setFilter(patch: Partial<ListFilter>): void;
  /** Opens a stored session; its scenario comes from `loadScenario` (the app's bundled ones). */
  openSession(id: string, loadScenario: ScenarioLoader): Promise<void>;
  close(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setCamera(camera: CameraMode): void;
  /** Moves the playhead (session ms); the picture follows in the same call. */
  seek(timeMs: number): void;
  /** Brings the discrete cursor and engine state up to the playhead (the scene calls it every frame). */
  sync(): void;
  /** Pins a note to the playhead's moment and saves it with the session. */
  addNote(text: string, author: string): Promise<void>;
}

/** Publishes a discrete step of the playhead (a few times per line, never per frame). */
export const publishStep = (cursor: ReplayCursor, state: SessionState | null) =>
  reviewStore.setState(state ? { cursor: { ...cursor }, state } : { cursor: { ...cursor } });

export const reviewStore = createStore<ReviewState>()((set, get) => ({
  sessions: null,
  listFailed: false,
  filter: DEFAULT_FILTER,
  open: null,
  playing: false,
  speed: 1,
  camera: 'customer',
  cursor: { ...playhead.cursor },
  state: null,
  noteStatus: 'idle',
  loadList: async () => {
    try {
      set({ sessions: await recordsStore.getState().repository.list(), listFailed: false });
    } catch (error) {
      console.warn('Counterpart: the session list could not be read', error);
      set({ sessions: [], listFailed: true });
    }
  },
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  openSession: async (id, loadScenario) => {
    loadPlayhead(null);
    set({ open: { id, status: 'loading' }, playing: false, state: null, noteStatus: 'idle' });
    const opened = await openRecording(id, loadScenario);
    // A later click may have opened another session meanwhile.
    if (get().open?.id !== id) return;
    set({ open: opened });
    if (opened.status === 'ready') {
      playhead.cursor.intentCount = -1;
      syncPlayhead(publishStep);
    }
  },
  close: () => {
    loadPlayhead(null);
    set({ open: null, playing: false, state: null });
  },
  setPlaying: (playing) => {
    const open = get().open;
    if (playing && open?.status === 'ready' && playhead.timeMs >= open.durationMs) get().seek(0);
    set({ playing: playing && open?.status === 'ready' });
  },
  setSpeed: (speed) => set({ speed: Math.min(2, Math.max(0.5, speed)) }),
  setCamera: (camera) => set({ camera }),
  seek: (timeMs) => {
    const open = get().open;
    if (open?.status !== 'ready') return;
    playhead.timeMs = Math.max(0, Math.min(open.durationMs, timeMs));
    syncPlayhead(publishStep);
  },
  sync: () => syncPlayhead(publishStep),
  addNote: async (text, author) => {
    const open = get().open;
    if (open?.status !== 'ready') return;
    const parsed = trainerNoteSchema.safeParse({
      atMs: Math.round(playhead.timeMs),
      text: text.trim(),
      author: author.trim(),
      createdAt: new Date().toISOString(),
    });
    if (!parsed.success) {
      set({ noteStatus: 'invalid' });
      return;
    }
    set({ noteStatus: 'saving' });
    const saved = await saveNote(open.id, parsed.data);
    const current = get().open;
    if (!saved || current?.status !== 'ready' || current.id !== open.id) {
      set({ noteStatus: saved ? 'saved' : 'failed' });
      return;
    }
    const recording = addTrainerNote(current.recording, parsed.data);
    if (playhead.replay) playhead.replay = { ...playhead.replay, recording };
    set({
      noteStatus: 'saved',
      open: {
        ...current,
        recording,
        markers: timelineMarkers(playhead.replay?.model.choices ?? [], current.report, recording.notes),
      },
    });
    void get().loadList();
  },
}));

/** Reads a stored session and checks that its scenario is here and unchanged before building the replay. */
async function openRecording(id: string, loadScenario: ScenarioLoader): Promise<OpenSession> {
  let recording: Recording | undefined;
  try {
    recording = await recordsStore.getState().repository.get(id);
  } catch (error) {
    console.warn('Counterpart: the session could not be read', error);
  }
  if (!recording) return { id, status: 'not-found' };
  const scenario = await loadScenario(recording.scenarioId);
  if (!scenario) return { id, status: 'missing-scenario', recording };
  if (scenarioFingerprint(scenario) !== recording.scenarioFingerprint)
    return { id, status: 'changed-scenario', recording };
  try {
    const replay = loadReplay(scenario, recording);
    loadPlayhead(replay);
    return {
      id,
      status: 'ready',
      recording,
      scenario,
      report: replay.report,
      documentation: recordedProtocolCheck(scenario, recording),
      transcript: replay.model.transcript,
      markers: timelineMarkers(replay.model.choices, replay.report, recording.notes),
      durationMs: replay.model.durationMs,
    };
  } catch (error) {
    return { id, status: 'broken', recording, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Saves a note through the app's write queue (a full disk shows the app's storage notice; nothing is lost). */
async function saveNote(id: string, note: TrainerNote): Promise<boolean> {
  const result = await write('save', async (repository) => {
    await repository.update(id, (recording, summary) => {
      const updated = addTrainerNote(recording, note);
      return { recording: updated, summary: { ...summary, noteCount: updated.notes.length } };
    });
    return true;
  });
  return result === true;
}

export function useReview<T>(selector: (s: ReviewState) => T): T {
  return useStore(reviewStore, selector);
}
