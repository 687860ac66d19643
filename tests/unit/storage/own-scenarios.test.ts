// IndexedDB and its classes as globals (idb checks requests with instanceof).
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/scenario/summary';
import { type OwnScenarioRow, openCounterpartDb } from '../../../src/storage/db';
import { indexedOwnScenarios } from '../../../src/storage/own-scenarios';
import { minimalScenario } from '../../support/scenarios';

let databases = 0;
const freshName = () => `counterpart-own-${++databases}`;

function row(id: string, title = 'Titel'): OwnScenarioRow {
  const scenario = { ...minimalScenario(), id, title: { de: title, en: title } };
  return {
    id,
    file: `${id}.yaml`,
    source: `id: ${id}\n`,
    scenario,
    summary: summarize(scenario),
    savedAt: '2026-12-06T10:00:00.000Z',
  };
}

describe('own scenarios in IndexedDB', () => {
  it('puts, lists by id, gets, replaces under the same id and deletes', async () => {
    const name = freshName();
    const repo = indexedOwnScenarios(() => openCounterpartDb(name));
    await repo.put(row('zoo-visit'));
    await repo.put(row('apotheke'));
    expect((await repo.list()).map((r) => r.id)).toEqual(['apotheke', 'zoo-visit']);
    expect((await repo.get('apotheke'))?.scenario.id).toBe('apotheke');
    await repo.put(row('apotheke', 'Neu'));
    expect((await repo.list()).length).toBe(2);
    expect((await repo.get('apotheke'))?.summary.title.de).toBe('Neu');
    await repo.delete('zoo-visit');
    expect((await repo.list()).map((r) => r.id)).toEqual(['apotheke']);
    expect(await repo.get('zoo-visit')).toBeUndefined();
  });

  it('the upgrade (now to version 40) keeps the checkpoints and sessions of version 20', async () => {
    const name = freshName();
    // A database as the app left it before own scenarios existed.
    const old = await openDB(name, 20, {
      upgrade(db) {
        db.createObjectStore('checkpoints', { keyPath: 'slot' });
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        for (const field of ['pseudonym', 'scenarioId', 'startedAt']) sessions.createIndex(field, field);
        db.createObjectStore('recordings', { keyPath: 'id' });
      },
    });
    await old.put('checkpoints', { slot: 'current', data: { kept: true } });
    await old.put('sessions', { id: 's1', pseudonym: 'blau-7', scenarioId: 'x', startedAt: '2026-01-01' });
    old.close();

    const db = await openCounterpartDb(name);
    expect(db.version).toBe(40);
    expect(await db.get('checkpoints', 'current')).toEqual({ slot: 'current', data: { kept: true } });
    expect((await db.getAll('sessions')).map((s) => s.id)).toEqual(['s1']);
    expect(await db.getAll('scenarios')).toEqual([]);
    expect(await db.getAll('profiles')).toEqual([]);
    db.close();
    await indexedOwnScenarios(() => openCounterpartDb(name)).put(row('apotheke'));
    expect((await indexedOwnScenarios(() => openCounterpartDb(name)).list()).map((r) => r.id)).toEqual(['apotheke']);
  });
});
