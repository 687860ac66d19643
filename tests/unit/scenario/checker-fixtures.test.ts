import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/scenario/load';
import { repoPath } from '../../support/scenarios';

// One broken file per error class; each states the error it must produce in a trailing
// `# expect-error LINE FIELD | message` comment (Yarn Spinner keeps a testplan beside each story).
const dir = 'tests/fixtures/scenes/invalid';
const fixtures = readdirSync(repoPath(dir))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('scenario checker rejects each broken fixture with file, line and field', () => {
  it('has a fixture for every error class', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)('%s', (name) => {
    const source = readFileSync(repoPath(`${dir}/${name}`), 'utf8');
    const expectation = /^# expect-error (\d+) (\S*) ?\| (.+)$/m.exec(source);
    expect(expectation, `${name} lacks an "# expect-error" line`).not.toBeNull();
    const [, line, path, message] = expectation as unknown as [string, string, string, string];
    const file = `${dir}/${name}`;
    const result = loadScenario(source, file);
    expect(result.ok).toBe(false);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const p of errors) expect(p.file).toBe(file);
    const match = errors.find((p) => p.message.includes(message));
    expect(match, `no error mentions "${message}"; got:\n${errors.map((e) => `${e.line} ${e.path}: ${e.message}`).join('\n')}`).toBeDefined();
    expect(match?.line).toBe(Number(line));
    expect(match?.path).toBe(path);
    expect(match?.column).toBeGreaterThanOrEqual(1);
  });
});

describe('valid fixtures', () => {
  it('accepts the minimal scenario without errors or warnings', () => {
    const file = 'tests/fixtures/scenes/valid/minimal.yaml';
    const result = loadScenario(readFileSync(repoPath(file), 'utf8'), file);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
