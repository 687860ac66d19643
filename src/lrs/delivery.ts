import { backoffMs, verdictOf } from '../core/xapi/delivery-policy';
import type { XapiStatement } from '../core/xapi/types';
import type { OutboxEntry, OutboxRepository, OutboxTarget } from '../storage/outbox';
import { deliveryStore } from './delivery-store';
import type { LrsAccess } from './xapi-client';

export { deliveryStore };

export interface DeliveryDeps {
  repository: OutboxRepository;
  /** Where a target is now: null while the organisation has no LRS configured (the entries wait). */
  resolve(target: OutboxTarget): LrsAccess | null;
  send(access: LrsAccess, statement: XapiStatement, keepalive: boolean): Promise<number>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  nowIso(): string;
  /** Told how many statements wait after every change (the app remembers whether to start the outbox next time). */
  onWaiting?(pending: number): void;
}

export interface Delivery {
  /** Queues statements (stored first, so nothing is lost if sending fails) and starts sending. */
  enqueue(target: OutboxTarget, statements: readonly XapiStatement[]): Promise<void>;
  /** Sends what waits now (after a settings change, coming online, or from a test). */
  pump(): Promise<void>;
  /** The page is closing: send everything still waiting with keepalive; what fails stays stored for the next start. */
  flushOnExit(extra?: { target: OutboxTarget; statement: XapiStatement }): void;
}

const keyOf = (target: OutboxTarget) =>
  target.kind === 'organisation' ? 'organisation' : `cmi5 ${target.endpoint} ${target.authorization}`;

/**
 * The outbox: statements go out one at a time, in the order they were queued, per LRS. A
 * failure that may pass later (no answer, 5xx, 401, 429) stops that LRS's queue and tries again
 * after a growing pause (delivery-policy.ts); a statement the LRS refuses for good is kept aside
 * as rejected and the queue goes on. Entries leave storage only when the LRS accepted them.
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  let known: OutboxEntry[] = [];
  let loaded = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: unknown = null;
  // Queued in call order even though storing is asynchronous: initialized before answered before terminated.
  let chain: Promise<void> = Promise.resolve();

  const publish = (failing?: number | null) => {
    const pending = known.filter((e) => !e.rejected).length;
    deliveryStore.setState((s) => ({
      pending,
      rejected: known.length - pending,
      failing: failing === undefined ? s.failing : failing,
    }));
    deps.onWaiting?.(pending);
  };

  const schedule = (ms: number) => {
    if (timer !== null) deps.clearTimer(timer);
    timer = deps.setTimer(() => {
      timer = null;
      void pump();
    }, ms);
  };

  async function once(): Promise<void> {
    if (!loaded) {
      known = await deps.repository.all();
      loaded = true;
    }
    const blocked = new Set<string>();
    let wait = Number.POSITIVE_INFINITY;
    let failing: number | null = null;
    for (const entry of [...known]) {
      const key = keyOf(entry.target);
      if (entry.rejected || blocked.has(key)) continue;
      const access = deps.resolve(entry.target);
      if (!access) {
        blocked.add(key);
        continue;
      }
      const status = await deps.send(access, entry.statement, false);
      const verdict = verdictOf(status, entry.target.kind === 'cmi5' ? 'fixed' : 'editable');
      if (verdict === 'delivered') {
        await deps.repository.remove(entry.seq as number);
        known = known.filter((e) => e.seq !== entry.seq);
        deliveryStore.setState((s) => ({ delivered: s.delivered + 1 }));
      } else if (verdict === 'rejected') {
        entry.rejected = { status, at: deps.nowIso() };
        await deps.repository.put(entry);
        console.warn(
          `Counterpart: the LRS refused statement ${entry.statement.id} (HTTP ${status}); it is kept on this device`,
        );
      } else {
        entry.attempts += 1;
        await deps.repository.put(entry);
        blocked.add(key);
        failing = status;
        wait = Math.min(wait, backoffMs(entry.attempts));
      }
      publish(failing);
    }
    publish(failing);
    if (Number.isFinite(wait)) schedule(wait);
  }

  async function pump(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await once();
        } while (again);
      } catch (error) {
        // Storage failed (IndexedDB gone): what is in memory is tried again later.
        console.warn('Counterpart: the statement outbox could not be read or written', error);
        schedule(backoffMs(3));
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    enqueue(target, statements) {
      if (statements.length === 0) return chain;
      const stored = chain.then(async () => {
        const added = await deps.repository.add(statements.map((statement) => ({ target, statement, attempts: 0 })));
        if (loaded) known.push(...added.filter((a) => !known.some((k) => k.seq === a.seq)));
        publish();
      });
      chain = stored.catch((error: unknown) => console.warn('Counterpart: statements could not be queued', error));
      return stored.then(() => pump());
    },
    pump,
    flushOnExit(extra) {
      if (extra)
        void deps.repository
          .add([{ target: extra.target, statement: extra.statement, attempts: 0 }])
          .catch(() => undefined);
      const waiting = known.filter((e) => !e.rejected).map((e) => ({ target: e.target, statement: e.statement }));
      if (extra) waiting.push(extra);
      for (const { target, statement } of waiting) {
        const access = deps.resolve(target);
        if (access) void deps.send(access, statement, true);
      }
    },
  };
}
