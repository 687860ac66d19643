import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/scenario/load';
import type { Problem } from '../../../src/core/scenario/problem';
import { repoPath } from '../../support/scenarios';

// One broken file per error class; each states what it must produce in trailing comments
// (Yarn Spinner keeps a testplan beside each story):
//   # expect-error LINE FIELD | English text      an error at that line and field containing the text
//   # expect-warning LINE FIELD | English text    the same for a warning
//   # expect-de LINE FIELD | German text          some problem there says this in German
//   # expect-fix LINE | corrected line            some problem there suggests this line (trimmed)
const EXPECT = /^# expect-(error|warning|de|fix) (\d+) (\S*) ?\| (.+)$/gm;

const fixturesIn = (dir: string) =>
  readdirSync(repoPath(dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

const show = (problems: Problem[]) =>
  problems
    .map(
      (p) =>
        `${p.line} ${p.severity} ${p.path}: ${p.messages.en} | ${p.messages.de}${p.fix ? ` | fix: ${p.fix.trim()}` : ''}`,
    )
    .join('\n');

function checkExpectations(dir: string, name: string): Problem[] {
  const source = readFileSync(repoPath(`${dir}/${name}`), 'utf8');
  const expectations = [...source.matchAll(EXPECT)].map((m) => ({
    kind: m[1],
    line: Number(m[2]),
    path: m[3] ?? '',
    text: m[4] ?? '',
  }));
  expect(expectations.length, `${name} lacks an "# expect-…" line`).toBeGreaterThan(0);
  const file = `${dir}/${name}`;
  const { problems } = loadScenario(source, file);
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message).toBe(p.messages.en);
    expect(p.messages.de.length).toBeGreaterThan(0);
  }
  for (const e of expectations) {
    const at = problems.filter((p) => p.line === e.line && (e.kind === 'fix' || p.path === e.path));
    const found =
      e.kind === 'fix'
        ? at.find((p) => p.fix?.trim() === e.text)
        : e.kind === 'de'
          ? at.find((p) => p.messages.de.includes(e.text))
          : at.find((p) => p.severity === e.kind && p.messages.en.includes(e.text));
    expect(
      found,
      `${name}: no ${e.kind} at line ${e.line} ${e.path} with "${e.text}"; got:\n${show(problems)}`,
    ).toBeDefined();
  }
  return problems;
}

describe('scenario checker rejects each broken fixture with file, line and field', () => {
  const dir = 'tests/fixtures/scenes/invalid';
  const fixtures = fixturesIn(dir);
  it('has a fixture for every error class', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures)('%s', (name) => {
    const source = readFileSync(repoPath(`${dir}/${name}`), 'utf8');
    expect(loadScenario(source, name).ok).toBe(false);
    checkExpectations(dir, name);
  });

  it('speaks plainly: no parser jargon in any message', () => {
    for (const name of fixtures) {
      const { problems } = loadScenario(readFileSync(repoPath(`${dir}/${name}`), 'utf8'), name);
      for (const p of problems)
        expect(`${p.messages.de} ${p.messages.en}`, name).not.toMatch(
          /mapping|implicit key|sequence|scalar|flow collection|Invalid input/i,
        );
    }
  });

  it('reports every text that needs quotes, not only the first three', () => {
    const problems = checkExpectations(dir, 'colon-in-text.yaml');
    expect(problems.filter((p) => p.fix !== undefined)).toHaveLength(4);
  });
});

describe('scenario checker warns but accepts', () => {
  const dir = 'tests/fixtures/scenes/warnings';
  it.each(fixturesIn(dir))('%s', (name) => {
    const source = readFileSync(repoPath(`${dir}/${name}`), 'utf8');
    expect(loadScenario(source, name).ok).toBe(true);
    checkExpectations(dir, name);
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
