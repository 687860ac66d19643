import { addTrainerNote } from '../core/recording/create';
import type { TrainerNote } from '../core/recording/schema';
import { recordsStore, write } from '../recording/records-store';
import { type DeviceApi, deviceApi, type Pairing } from './device-api';
import { syncOnce } from './sync';
import { type SyncStore, sessionVersion } from './sync-state';
import { indexedSyncStore, loadPairing, openTeamDb, savePairing } from './team-db';
import { teamStore, type UploadStatus } from './team-store';

const DEBOUNCE_MS = 1500;
/** Notes are fetched for this many of the newest uploaded sessions per round. */
const NOTE_PULL = 10;

const sameNote = (a: TrainerNote, b: TrainerNote) =>
  a.atMs === b.atMs && a.author === b.author && a.createdAt === b.createdAt && a.text === b.text;

let db: ReturnType<typeof openTeamDb> | null = null;
let store: SyncStore | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
let again = false;

/** Trainer notes written on the server that this device lacks are added to the local session. */
async function pullNotes(api: DeviceApi, ids: string[]): Promise<void> {
  for (const id of ids) {
    const outcome = await api.notes(id);
    if (outcome.kind !== 'done') return;
    const local = await recordsStore.getState().repository.get(id);
    const missing = outcome.value.filter((n) => !local?.notes.some((m) => sameNote(m, n)));
    if (!local || missing.length === 0) continue;
    await write('save', (repository) =>
      repository.update(id, (recording, summary) => {
        const next = missing.reduce(addTrainerNote, recording);
        return { recording: next, summary: { ...summary, noteCount: next.notes.length } };
      }),
    );
  }
}

async function round(): Promise<void> {
  const { pairing } = teamStore.getState();
  if (!pairing || !store) return;
  const api = deviceApi(pairing);
  const { repository } = recordsStore.getState();
  const report = await syncOnce({ repository, store, api, now: () => Date.now(), random: Math.random });
  const summaries = await repository.list();
  const records = new Map((await store.records()).map((r) => [r.id, r]));
  const uploads: Record<string, UploadStatus> = {};
  for (const s of summaries) {
    const r = records.get(s.id);
    const version = sessionVersion(s);
    uploads[s.id] = r?.uploaded === version ? 'uploaded' : r?.refused?.version === version ? 'refused' : 'waiting';
  }
  teamStore.setState({ uploads, connection: report.status });
  if (report.status === 'ok') {
    await pullNotes(
      api,
      summaries
        .filter((s) => uploads[s.id] === 'uploaded')
        .slice(0, NOTE_PULL)
        .map((s) => s.id),
    );
  }
  if (report.nextAt !== null) schedule(Math.max(1000, report.nextAt - Date.now()));
}

/** Runs a round now, or right after the one in progress. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = round()
    .catch((error: unknown) => console.warn('Counterpart: uploading to the team server failed', error))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        void syncNow();
      }
    });
  return running;
}

function schedule(ms: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void syncNow();
  }, ms);
}

/**
 * Starts the device's side of the team server: reads the pairing, uploads what the server lacks
 * and keeps doing so after every change to the stored sessions, when the browser comes back
 * online and when a retry falls due. Without a pairing it only waits to be paired.
 */
export async function startTeamSync(): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    teamStore.setState({ loaded: true });
    return;
  }
  db = openTeamDb();
  store = indexedSyncStore(db);
  teamStore.setState({ pairing: await loadPairing(db).catch(() => null), loaded: true });
  recordsStore.subscribe((state, prev) => {
    if (state.revision !== prev.revision) schedule(DEBOUNCE_MS);
  });
  if (typeof window !== 'undefined') window.addEventListener('online', () => void syncNow());
  void syncNow();
}

/** Keeps a pairing (after the code was redeemed) and uploads at once. */
export async function rememberPairing(pairing: Pairing): Promise<void> {
  if (db) await savePairing(db, pairing);
  teamStore.setState({ pairing, connection: null });
  void syncNow();
}

/** Forgets the team on this device (the sessions stay). */
export async function forgetPairing(): Promise<void> {
  if (db) await savePairing(db, null);
  teamStore.setState({ pairing: null, uploads: {}, connection: null });
}

/** A trainee deleted their data here: the server deletes it too, now or when it is next reachable. */
export async function eraseOnServer(pseudonym: string): Promise<void> {
  if (!teamStore.getState().pairing || !store) return;
  await store.addErasure(pseudonym);
  void syncNow();
}

/** A session deleted on this device: the server deletes it too, now or, after back-off, when it is reachable. */
export async function deleteOnServer(id: string): Promise<void> {
  if (!teamStore.getState().pairing || !store) return;
  await store.putDeletion({ id, attempts: 0, nextAt: 0 });
  void syncNow();
}
