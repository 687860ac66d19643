import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportRecording } from '../../../src/core/exchange/export';
import { recordsStore } from '../../../src/recording/records-store';
import { importReplayFiles } from '../../../src/recording/replay-import';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { repoPath } from '../../support/scenarios';
import { scenario, storedSession } from './fixtures';

const load = async (id: string) => (id === scenario.id ? scenario : undefined);
// html-in-text.json is valid: its note's markup is text, kept as it is.
const BROKEN = readdirSync(repoPath('tests/fixtures/replays')).filter(
  (f) => f !== 'valid.json' && f !== 'html-in-text.json',
);

let repo = memorySessionRepository();
beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  repo = memorySessionRepository();
  recordsStore.setState({ repository: repo, lastSaved: null, problem: null, unsaved: null, revision: 0 });
  const kept = storedSession(1);
  await repo.put(kept.recording, kept.summary);
});

describe('importing replay files', () => {
  it('stores a valid file with scores recomputed from its log', async () => {
    const other = storedSession(2, { pseudonym: 'gruen-3' });
    const [outcome] = await importReplayFiles([{ name: 'other.json', text: exportRecording(other.recording) }], load);
    expect(outcome).toEqual({ file: 'other.json', status: 'imported', id: other.recording.id });
    expect(await repo.get(other.recording.id)).toEqual(other.recording);
    expect((await repo.list()).find((s) => s.id === other.recording.id)).toEqual(other.summary);
  });

  it('keeps markup in a note as the same characters (the page shows it as text)', async () => {
    const text = readFileSync(repoPath('tests/fixtures/replays/html-in-text.json'), 'utf8');
    const [outcome] = await importReplayFiles([{ name: 'html-in-text.json', text }], load);
    expect(outcome?.status).toBe('imported');
    const stored = await repo.get(outcome?.status === 'imported' ? outcome.id : '');
    const written = (JSON.parse(text) as { notes: { text: string }[] }).notes[0]?.text;
    expect(written).toContain('<script>');
    expect(stored?.notes[0]?.text).toBe(written);
  });

  it('leaves a session already stored as it is', async () => {
    const kept = storedSession(1);
    const [outcome] = await importReplayFiles(
      [{ name: 'again.json', text: exportRecording({ ...kept.recording, notes: [] }) }],
      load,
    );
    expect(outcome?.status).toBe('exists');
  });

  it.each(BROKEN)('refuses %s with located problems and stores nothing', async (file) => {
    const before = await repo.list();
    const [outcome] = await importReplayFiles(
      [{ name: file, text: readFileSync(repoPath(`tests/fixtures/replays/${file}`), 'utf8') }],
      load,
    );
    expect(outcome?.status).toBe('refused');
    if (outcome?.status === 'refused') {
      expect(outcome.problems.length).toBeGreaterThan(0);
      for (const p of outcome.problems) {
        expect(p.file).toBe(file);
        expect(p.message.de.length).toBeGreaterThan(0);
        expect(p.message.en.length).toBeGreaterThan(0);
      }
    }
    expect(await repo.list()).toEqual(before);
  });

  it('refuses a recording of a scenario this app does not have (or has in another version)', async () => {
    const other = storedSession(2);
    const changed = { ...other.recording, scenarioFingerprint: '00000000' };
    const outcomes = await importReplayFiles(
      [
        { name: 'changed.json', text: exportRecording(changed) },
        { name: 'unknown.json', text: exportRecording({ ...other.recording, scenarioId: 'elsewhere' }) },
      ],
      load,
    );
    expect(outcomes.map((o) => o.status)).toEqual(['refused', 'refused']);
    expect(outcomes[1]?.status === 'refused' && outcomes[1].problems[0]?.message.en).toContain('"elsewhere"');
    expect(await repo.list()).toHaveLength(1);
  });

  it('a full storage during import: reported, nothing stored lost', async () => {
    const before = await repo.list();
    repo.fail = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const other = storedSession(2);
    const [outcome] = await importReplayFiles([{ name: 'other.json', text: exportRecording(other.recording) }], load);
    expect(outcome?.status).toBe('failed');
    expect(recordsStore.getState().problem).toEqual({ kind: 'quota', action: 'import' });
    expect(await repo.list()).toEqual(before);
  });
});
