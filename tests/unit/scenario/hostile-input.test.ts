import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, MAX_SCENARIO_BYTES } from '../../../src/core/scenario/load';
import { repoPath } from '../../support/scenarios';

// Hostile files must give one clear error quickly — never a hang, a crash or a stack trace.
// (Vitest's per-test timeout catches a hang; speed itself is measured in `npm run bench`.)
function onlyError(source: string) {
  const result = loadScenario(source, 'hostile.yaml');
  expect(result.ok).toBe(false);
  const [first] = result.problems;
  expect(first?.file).toBe('hostile.yaml');
  expect(first?.message).not.toMatch(/\bat .+:\d+:\d+\)/); // no stack trace
  return first?.message ?? '';
}

describe('hostile scenario files', () => {
  it('rejects a YAML alias bomb', () => {
    expect(onlyError(readFileSync(repoPath('tests/fixtures/scenes/invalid/alias-bomb.yaml'), 'utf8'))).toMatch(
      /aliases/,
    );
  });

  it('rejects a file larger than the cap before parsing it', () => {
    const huge = `title: "${'x'.repeat(MAX_SCENARIO_BYTES)}"\n`;
    expect(onlyError(huge)).toMatch(/too large/);
  });

  it('rejects absurdly deep nesting', () => {
    expect(onlyError(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)).toMatch(/nested too deeply|YAML/);
    expect(onlyError(`${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`)).toMatch(/nested too deeply/);
    // Deep but parseable: the schema, not the parser, turns it down.
    expect(
      onlyError(`a:\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')}\n`),
    ).toMatch(/unknown field "a"|format: counterpart-scenario/);
  });

  it('rejects binary garbage', () => {
    let x = 12345;
    const bytes = Array.from({ length: 4096 }, () => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return String.fromCharCode(x % 256);
    }).join('');
    expect(onlyError(bytes)).toMatch(/not a text file/);
    expect(onlyError('format: x\u0000\u0000\u0000')).toMatch(/not a text file/);
  });

  it('rejects empty and whitespace-only files', () => {
    expect(onlyError('')).toMatch(/empty/);
    expect(onlyError('  \n\n\t\n')).toMatch(/empty/);
    expect(onlyError('# just a comment\n')).toMatch(/empty/);
  });

  it('rejects a scalar document', () => {
    expect(onlyError('42')).toMatch(/not a single value/);
  });

  it('does not let __proto__ keys reach objects', () => {
    const result = loadScenario('__proto__: { polluted: true }\nformat: counterpart-scenario/1\n', 'hostile.yaml');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
