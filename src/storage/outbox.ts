import { type DBSchema, openDB } from 'idb';
import type { XapiStatement } from '../core/xapi/types';

/**
 * Where a queued statement goes: the LRS a cmi5 launch named, with the launch's token (kept, so
 * a statement queued in one launch is still delivered after the page is reopened), or the
 * organisation's LRS, whose address and credentials are looked up when sending (so fixing a
 * wrong password also delivers what waited).
 */
export type OutboxTarget = { kind: 'cmi5'; endpoint: string; authorization: string } | { kind: 'organisation' };

export interface OutboxEntry {
  /** Queue order (IndexedDB key generator): statements are sent in the order they were queued. */
  seq?: number;
  target: OutboxTarget;
  statement: XapiStatement;
  attempts: number;
  /** Set when the LRS refused it for good (400/403/409): kept for the record, not retried. */
  rejected?: { status: number; at: string };
}

/** The statements not yet accepted by an LRS, in order. */
export interface OutboxRepository {
  add(entries: OutboxEntry[]): Promise<OutboxEntry[]>;
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(seq: number): Promise<void>;
}

interface OutboxSchema extends DBSchema {
  statements: { key: number; value: OutboxEntry };
}

/**
 * A database of its own (not a store in `counterpart`), so the outbox never waits for or
 * blocks the upgrades of the sessions database.
 */
export const OUTBOX_DB = 'counterpart-outbox';

export function indexedOutbox(name: string = OUTBOX_DB): OutboxRepository {
  const db = openDB<OutboxSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('statements', { keyPath: 'seq', autoIncrement: true });
    },
  });
  return {
    async add(entries) {
      const tx = (await db).transaction('statements', 'readwrite');
      const added: OutboxEntry[] = [];
      for (const entry of entries) {
        const copy = { ...entry };
        delete copy.seq;
        added.push({ ...copy, seq: await tx.store.add(copy) });
      }
      await tx.done;
      return added;
    },
    async all() {
      return (await db).getAll('statements');
    },
    async put(entry) {
      await (await db).put('statements', entry);
    },
    async remove(seq) {
      await (await db).delete('statements', seq);
    },
  };
}

/** The same in memory: for browsers without IndexedDB (kept until the page closes) and for tests. */
export function memoryOutbox(): OutboxRepository {
  const rows = new Map<number, OutboxEntry>();
  let next = 1;
  return {
    async add(entries) {
      return entries.map((entry) => {
        const row = { ...structuredClone(entry), seq: next++ };
        rows.set(row.seq, row);
        return structuredClone(row);
      });
    },
    async all() {
      return [...rows.values()].sort((a, b) => (a.seq as number) - (b.seq as number)).map((r) => structuredClone(r));
    },
    async put(entry) {
      rows.set(entry.seq as number, structuredClone(entry));
    },
    async remove(seq) {
      rows.delete(seq);
    },
  };
}
