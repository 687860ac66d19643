import type { SessionRepository } from '../storage/session-repository';
import { retryDelayMs } from './backoff';
import type { DeviceApi } from './device-api';
import { type SyncRecord, type SyncStore, sessionVersion } from './sync-state';

export interface SyncDeps {
  repository: SessionRepository;
  store: SyncStore;
  api: DeviceApi;
  now: () => number;
  random: () => number;
}

export interface SyncReport {
  /** `unpaired`: the server no longer knows this device; `offline`: a retry is scheduled. */
  status: 'ok' | 'offline' | 'unpaired';
  uploaded: string[];
  refused: string[];
  /** Sessions still to upload (waiting for their retry time or for the next round). */
  waiting: string[];
  /** Epoch ms of the earliest scheduled retry, or null when nothing waits. */
  nextAt: number | null;
}

const fresh = (id: string): SyncRecord => ({ id, uploaded: null, refused: null, attempts: 0, nextAt: 0 });

/**
 * One round of uploads: pending erasures and session deletions first (a trainee's deletion must not lose a race with
 * an upload of their data), then every session whose current version the server lacks, oldest
 * first. The first failure that a retry may cure stops the round and schedules the retry with
 * back-off; a refusal is remembered and not retried until the session changes. Nothing here
 * deletes or changes a local session.
 */
export async function syncOnce(deps: SyncDeps): Promise<SyncReport> {
  const { repository, store, api, now } = deps;
  const report: SyncReport = { status: 'ok', uploaded: [], refused: [], waiting: [], nextAt: null };
  for (const pseudonym of await store.erasures()) {
    const outcome = await api.eraseTrainee(pseudonym);
    if (outcome.kind === 'unpaired') return { ...report, status: 'unpaired' };
    if (outcome.kind === 'retry') return { ...report, status: 'offline' };
    await store.removeErasure(pseudonym);
  }
  // Single sessions deleted here. A 404 (refused) means the server never had it or already
  // deleted it: done either way. A failure that a retry may cure backs off as an upload does.
  for (const deletion of await store.deletions()) {
    if (deletion.nextAt > now()) {
      report.nextAt = Math.min(report.nextAt ?? Number.POSITIVE_INFINITY, deletion.nextAt);
      continue;
    }
    const outcome = await api.deleteSession(deletion.id);
    if (outcome.kind === 'unpaired') return { ...report, status: 'unpaired' };
    if (outcome.kind === 'retry') {
      const attempts = deletion.attempts + 1;
      const nextAt = now() + retryDelayMs(attempts, deps.random());
      await store.putDeletion({ ...deletion, attempts, nextAt });
      return { ...report, status: 'offline', nextAt: Math.min(report.nextAt ?? Number.POSITIVE_INFINITY, nextAt) };
    }
    await store.removeDeletion(deletion.id);
  }

  const known = new Map((await store.records()).map((r) => [r.id, r]));
  const summaries = (await repository.list()).reverse();
  // Sessions deleted on this device need no record any more.
  const present = new Set(summaries.map((s) => s.id));
  for (const id of known.keys()) if (!present.has(id)) await store.remove(id);
  let stopped: SyncReport['status'] = 'ok';
  for (const summary of summaries) {
    const version = sessionVersion(summary);
    const record = known.get(summary.id) ?? fresh(summary.id);
    if (record.uploaded === version || record.refused?.version === version) continue;
    if (stopped !== 'ok' || record.nextAt > now()) {
      report.waiting.push(summary.id);
      if (record.nextAt > now()) report.nextAt = Math.min(report.nextAt ?? Number.POSITIVE_INFINITY, record.nextAt);
      continue;
    }
    const recording = await repository.get(summary.id);
    if (!recording) continue;
    const outcome = await api.upload(recording);
    if (outcome.kind === 'done') {
      await store.put({ ...record, uploaded: version, refused: null, attempts: 0, nextAt: 0 });
      report.uploaded.push(summary.id);
    } else if (outcome.kind === 'refused') {
      await store.put({ ...record, refused: { version, message: outcome.message }, attempts: 0, nextAt: 0 });
      report.refused.push(summary.id);
    } else if (outcome.kind === 'unpaired') {
      stopped = 'unpaired';
      report.waiting.push(summary.id);
    } else {
      const attempts = record.attempts + 1;
      const nextAt = now() + retryDelayMs(attempts, deps.random());
      await store.put({ ...record, attempts, nextAt });
      report.nextAt = Math.min(report.nextAt ?? Number.POSITIVE_INFINITY, nextAt);
      report.waiting.push(summary.id);
      stopped = 'offline';
    }
  }
  return { ...report, status: stopped };
}
