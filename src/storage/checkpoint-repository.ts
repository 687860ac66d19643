/**
 * Where the checkpoint of the conversation in progress is kept: one slot, written after every
 * accepted intent and cleared when the conversation is finished or left. The app uses IndexedDB
 * (`indexed-checkpoints.ts`); unit tests and browsers without IndexedDB use the in-memory one. The
 * record goes in as a plain object and comes back as `unknown`: whoever loads it validates it.
 */
export interface CheckpointRepository {
  load(): Promise<unknown>;
  save(record: object): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Keeps the record in memory, structured-cloned like IndexedDB does (so a test sees exactly what
 * a reload would). `fail` makes the next writes throw, to test storage errors.
 */
export function memoryCheckpointRepository(
  initial?: unknown,
): CheckpointRepository & { fail: Error | null; stored(): unknown } {
  let slot: unknown = initial === undefined ? undefined : structuredClone(initial);
  const repo = {
    fail: null as Error | null,
    stored: () => slot,
    load: async () => (slot === undefined ? undefined : structuredClone(slot)),
    save: async (record: object) => {
      if (repo.fail) throw repo.fail;
      slot = structuredClone(record);
    },
    clear: async () => {
      if (repo.fail) throw repo.fail;
      slot = undefined;
    },
  };
  return repo;
}
