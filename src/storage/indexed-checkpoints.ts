import type { CheckpointRepository } from './checkpoint-repository';
import { type CounterpartDb, inTransaction, openCounterpartDb } from './db';

const SLOT = 'current';

/** The checkpoint slot in IndexedDB (database "counterpart", store "checkpoints"). */
export function indexedCheckpointRepository(db: Promise<CounterpartDb> = openCounterpartDb()): CheckpointRepository {
  return {
    load: async () => (await (await db).get('checkpoints', SLOT))?.data,
    save: async (record) => {
      await inTransaction(await db, ['checkpoints'], (tx) =>
        tx.objectStore('checkpoints').put({ slot: SLOT, data: record }),
      );
    },
    clear: async () => {
      await inTransaction(await db, ['checkpoints'], (tx) => tx.objectStore('checkpoints').delete(SLOT));
    },
  };
}
