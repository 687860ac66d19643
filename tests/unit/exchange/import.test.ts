import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, importRecording } from '../../../src/core/exchange/import';
import { formatImportProblem } from '../../../src/core/exchange/problem';
import { repoPath } from '../../support/scenarios';

const valid = readFileSync(repoPath('tests/fixtures/replays/valid.json'), 'utf8');

describe('importRecording', () => {
  it('refuses an oversized file before parsing it', () => {
    // Not JSON at all: a parse would fail differently, so the size message proves the order.
    const huge = 'x'.repeat(IMPORT_LIMITS.maxChars + 1);
    const result = importRecording(huge, 'huge.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message.de).toMatch(/zu groß \(20 MB, erlaubt sind höchstens 20 MB\)/);
    expect(result.problems[0]?.message.en).toMatch(/too large/);
  });

  it('accepts a file with a byte-order mark', () => {
    expect(importRecording(`\ufeff${valid}`, 'bom.json').ok).toBe(true);
  });

  it('refuses absurd nesting without exhausting the stack', () => {
    const deep = valid.replace('"placeholders": {}', `"placeholders": ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const result = importRecording(deep, 'deep.json');
    if (result.ok) throw new Error('accepted');
    expect(result.problems[0]?.message.de).toMatch(/zu tief verschachtelt/);
    expect(result.problems[0]?.field).toMatch(/^placeholders(\[0\])+$/);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const data = JSON.parse(valid);
    data.notes = Array.from({ length: 30 }, () => ({ atMs: 'x', text: 1, author: 'ok', createdAt: 'ok' }));
    const result = importRecording(JSON.stringify(data), 'many.json');
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toHaveLength(IMPORT_LIMITS.maxProblems + 1);
    expect(result.problems.at(-1)?.message.de).toMatch(/… und \d+ weitere Probleme/);
  });

  it('builds a fresh object: changing the parsed input afterwards changes nothing', () => {
    const result = importRecording(valid, 'valid.json');
    if (!result.ok) throw new Error('refused');
    const again = importRecording(valid, 'valid.json');
    if (!again.ok) throw new Error('refused');
    result.recording.notes.push({ atMs: 1, text: 'x', author: 'a', createdAt: '2025-01-01T00:00:00Z' });
    expect(again.recording.notes).toHaveLength(1);
  });

  it('formats a problem as file:line: field: message in one language', () => {
    const result = importRecording(valid.replace('"locale": "de"', '"locale": "fr"'), 'a.json');
    if (result.ok) throw new Error('accepted');
    expect(formatImportProblem(result.problems[0] as never, 'de')).toBe(
      'a.json:8: locale: „fr“ ist hier nicht erlaubt; erlaubt: de, en.',
    );
    expect(formatImportProblem(result.problems[0] as never, 'en')).toBe(
      'a.json:8: locale: "fr" is not allowed here; allowed: de, en.',
    );
  });

  it('refuses a step after the end of the session and a note after it', () => {
    const data = JSON.parse(valid);
    data.notes[0].atMs = data.timings.durationMs + 1;
    const result = importRecording(JSON.stringify(data, null, 2), 'late.json');
    if (result.ok) throw new Error('accepted');
    expect(result.problems.map((p) => p.field)).toEqual(['notes[0].atMs']);
    expect(result.problems[0]?.message.de).toBe('Notiz 1 liegt nach dem Ende der Sitzung (timings.durationMs).');
  });
});
