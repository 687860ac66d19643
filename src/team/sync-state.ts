/** Per session, what the device knows about its upload. `version` says which state of the session (notes, protocol) was sent. */
export interface SyncRecord {
  id: string;
  /** The session version the server has (see `sessionVersion`), or null before the first success. */
  uploaded: string | null;
  /** A version the server refused for good, with its message; not retried until the session changes. */
  refused: { version: string; message: string } | null;
  attempts: number;
  /** Epoch ms before which no retry is made. */
  nextAt: number;
}

/** A session deleted on the device that the server must delete too; retried with back-off like an upload. */
export interface PendingDeletion {
  id: string;
  attempts: number;
  /** Epoch ms before which no retry is made. */
  nextAt: number;
}

/** Where sync records, pending erasures and the pairing live (IndexedDB in the app, memory in tests). */
export interface SyncStore {
  records(): Promise<SyncRecord[]>;
  put(record: SyncRecord): Promise<void>;
  remove(id: string): Promise<void>;
  erasures(): Promise<string[]>;
  addErasure(pseudonym: string): Promise<void>;
  removeErasure(pseudonym: string): Promise<void>;
  deletions(): Promise<PendingDeletion[]>;
  putDeletion(deletion: PendingDeletion): Promise<void>;
  removeDeletion(id: string): Promise<void>;
}

/** What changes a session after it is stored: notes and the protocol. A new version is uploaded again. */
export function sessionVersion(summary: { noteCount: number; scores: { protocol?: number } }): string {
  return `notes:${summary.noteCount}|protocol:${summary.scores.protocol === undefined ? 0 : 1}`;
}

export function memorySyncStore(): SyncStore {
  const records = new Map<string, SyncRecord>();
  const erasures = new Set<string>();
  const deletions = new Map<string, PendingDeletion>();
  return {
    records: async () => [...records.values()].map((r) => ({ ...r })),
    put: async (record) => {
      records.set(record.id, { ...record });
    },
    remove: async (id) => {
      records.delete(id);
    },
    erasures: async () => [...erasures],
    addErasure: async (p) => {
      erasures.add(p);
    },
    removeErasure: async (p) => {
      erasures.delete(p);
    },
    deletions: async () => [...deletions.values()].map((d) => ({ ...d })),
    putDeletion: async (d) => {
      deletions.set(d.id, { ...d });
    },
    removeDeletion: async (id) => {
      deletions.delete(id);
    },
  };
}
