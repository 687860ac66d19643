import { describe, expect, it } from 'vitest';
import { exportRecording } from '../../../src/core/exchange/export';
import { importRecording } from '../../../src/core/exchange/import';
import {
  exportTrainee,
  TRAINEE_EXPORT_FORMAT,
  traineeExportFileName,
  traineeExportText,
} from '../../../src/recording/trainee-export';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { storedSession } from './fixtures';

describe('trainee export (portability)', () => {
  it('holds every session of one pseudonym, and only those, each a valid replay file', async () => {
    const repo = memorySessionRepository();
    const mine = [storedSession(1, { pseudonym: 'blau-7' }), storedSession(2, { pseudonym: 'blau-7' })];
    const other = storedSession(3, { pseudonym: 'gruen-3' });
    for (const s of [...mine, other]) await repo.put(s.recording, s.summary);

    const data = await exportTrainee(repo, 'blau-7', '2026-04-01T10:00:00.000Z');
    expect(data.format).toBe(TRAINEE_EXPORT_FORMAT);
    expect(data.version).toBe(1);
    expect(data.pseudonym).toBe('blau-7');
    expect(data.sessions.map((s) => s.recording.id).sort()).toEqual(mine.map((s) => s.recording.id).sort());
    const text = traineeExportText(data);
    expect(text).not.toContain('gruen-3');

    // Each recording cut out of the file imports on its own, unchanged.
    const parsed = JSON.parse(text) as typeof data;
    for (const session of parsed.sessions) {
      const result = importRecording(exportRecording(session.recording), 'cut-out.json');
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(result.recording).toEqual(mine.find((m) => m.recording.id === session.recording.id)?.recording);
    }
    expect(traineeExportFileName('blau-7', '2026-04-01T10:00:00.000Z')).toBe('counterpart-data-blau-7-2026-04-01.json');
  });
});
