import type { CheckpointRepository } from './checkpoint-repository';
import { type CounterpartDb, openCounterpartDb } from './db';

const SLOT = 'current';

/** The checkpoint slot in IndexedDB (database "counterpart", table "checkpoints"). */
export function dexieCheckpointRepository(db: CounterpartDb = openCounterpartDb()): CheckpointRepository {
  return {
    load: async () => (await db.checkpoints.get(SLOT))?.data,
    save: async (record) => {
      await db.checkpoints.put({ slot: SLOT, data: record });
    },
    clear: async () => {
      await db.checkpoints.delete(SLOT);
    },
  };
}
