import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { XapiStatement } from '../../../src/core/xapi/types';
import { createDelivery, deliveryStore } from '../../../src/lrs/delivery';
import type { LrsAccess } from '../../../src/lrs/xapi-client';
import { memoryOutbox, type OutboxTarget } from '../../../src/storage/outbox';

const statement = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` }) as XapiStatement;
const cmi5: OutboxTarget = { kind: 'cmi5', endpoint: 'https://lrs.example.org/xapi/', authorization: 'Basic abc' };

function harness(answers: (id: string, attempt: number) => number, organisation: LrsAccess | null = null) {
  const repository = memoryOutbox();
  const sent: { id: string; keepalive: boolean; endpoint: string }[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const tries = new Map<string, number>();
  const delivery = createDelivery({
    repository,
    resolve: (t) => (t.kind === 'cmi5' ? t : organisation),
    send: async (access, s, keepalive) => {
      sent.push({ id: s.id, keepalive, endpoint: access.endpoint });
      const n = (tries.get(s.id) ?? 0) + 1;
      tries.set(s.id, n);
      return answers(s.id, n);
    },
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => undefined,
    nowIso: () => '2025-03-14T09:30:00.000Z',
  });
  return { repository, sent, timers, delivery };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  deliveryStore.setState({ pending: 0, rejected: 0, failing: null, delivered: 0 });
});

describe('the statement outbox', () => {
  it('sends in order and forgets what the LRS accepted', async () => {
    const h = harness(() => 204);
    await h.delivery.enqueue(cmi5, [statement(1), statement(2), statement(3)]);
    expect(h.sent.map((s) => s.id.slice(-1))).toEqual(['1', '2', '3']);
    expect(await h.repository.all()).toEqual([]);
    expect(deliveryStore.getState()).toMatchObject({ pending: 0, delivered: 3, failing: null });
  });

  it('keeps everything while the LRS fails, stops at the first failure, and delivers in order on retry', async () => {
    let down = true;
    const h = harness(() => (down ? 500 : 204));
    await h.delivery.enqueue(cmi5, [statement(1), statement(2)]);
    expect(h.sent.map((s) => s.id.slice(-1))).toEqual(['1']);
    expect((await h.repository.all()).map((e) => e.attempts)).toEqual([1, 0]);
    expect(deliveryStore.getState()).toMatchObject({ pending: 2, failing: 500 });
    expect(h.timers.at(-1)?.ms).toBe(1000);
    await h.delivery.pump(); // what the timer does
    expect(h.timers.at(-1)?.ms).toBe(2000);
    down = false;
    await h.delivery.pump();
    expect(h.sent.map((s) => s.id.slice(-1))).toEqual(['1', '1', '1', '2']);
    expect(await h.repository.all()).toEqual([]);
    expect(deliveryStore.getState()).toMatchObject({ pending: 0, failing: null });
  });

  it('sets aside a statement the LRS refuses for good and goes on with the next', async () => {
    const h = harness((id) => (id.endsWith('1') ? 400 : 204));
    await h.delivery.enqueue(cmi5, [statement(1), statement(2)]);
    const left = await h.repository.all();
    expect(left.map((e) => [e.statement.id.slice(-1), e.rejected?.status])).toEqual([['1', 400]]);
    expect(deliveryStore.getState()).toMatchObject({ pending: 0, rejected: 1 });
  });

  it('sets aside what an ended launch token can no longer send, but retries the organisation after a 401', async () => {
    const h = harness(() => 401, { endpoint: 'https://lrs.example.org/xapi/', authorization: 'Basic xyz' });
    await h.delivery.enqueue(cmi5, [statement(1)]);
    await h.delivery.enqueue({ kind: 'organisation' }, [statement(2)]);
    const left = await h.repository.all();
    expect(left.map((e) => [e.statement.id.slice(-1), e.rejected?.status ?? null, e.attempts])).toEqual([
      ['1', 401, 0],
      ['2', null, 1],
    ]);
  });

  it('lets organisation statements wait until an LRS is configured', async () => {
    const h = harness(() => 204, null);
    await h.delivery.enqueue({ kind: 'organisation' }, [statement(1)]);
    expect(h.sent).toEqual([]);
    expect(deliveryStore.getState().pending).toBe(1);
  });

  it('delivers what an earlier page left in storage', async () => {
    const first = harness(() => 0);
    await first.delivery.enqueue(cmi5, [statement(1)]);
    const second = createDelivery({
      repository: first.repository,
      resolve: (t) => (t.kind === 'cmi5' ? t : null),
      send: async () => 204,
      setTimer: () => undefined,
      clearTimer: () => undefined,
      nowIso: () => '2025-03-14T09:30:00.000Z',
    });
    await second.pump();
    expect(await first.repository.all()).toEqual([]);
  });

  it('sends what waits with keepalive when the page closes, and keeps it stored', async () => {
    const h = harness(() => 503);
    await h.delivery.enqueue(cmi5, [statement(1)]);
    h.delivery.flushOnExit({ target: cmi5, statement: statement(9) });
    expect(h.sent.filter((s) => s.keepalive).map((s) => s.id.slice(-1))).toEqual(['1', '9']);
    await Promise.resolve();
    expect((await h.repository.all()).map((e) => e.statement.id.slice(-1))).toEqual(['1', '9']);
  });
});
