import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../support/scenarios';

const run = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-scenes.ts', ...args], {
    cwd: repoPath(''),
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, LANG: '', LC_ALL: '', ...env },
  });
const check = (...files: string[]) => run({}, '--lang', 'en', ...files);

describe('npm run check:scenes', () => {
  it('exits 0 for valid files and says what it checked', () => {
    const r = check('tests/fixtures/scenes/valid/minimal.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/minimal\.yaml: ok – 6 nodes, longest path 2 decisions/);
  });

  it('exits 1 and names file, line and field when one file of several is broken', () => {
    const r = check('tests/fixtures/scenes/valid/minimal.yaml', 'tests/fixtures/scenes/invalid/unknown-target.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'tests/fixtures/scenes/invalid/unknown-target.yaml:57:15: error: nodes.opening.responses[1].next: leads to "lefft"',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 1 with a clear message for a missing file', () => {
    const r = check('tests/fixtures/scenes/nope.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/nope\.yaml:1:1: error: cannot read the file \(ENOENT\)/);
  });
});

describe('the giveaway lint in npm run check:scenes', () => {
  // In the minimal fixture the best answer is the longest at both decisions.
  it('warns by default and still exits 0', () => {
    const r = check('tests/fixtures/scenes/valid/minimal.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'warning: nodes: (en) the best answer is the longest in 2 of 2 decisions (100 %); at most 40 %',
    );
    expect(r.stdout).toMatch(/minimal\.yaml: answers – best is longest 2\/2 \(de\), 2\/2 \(en\)/);
  });

  it('fails under --strict, naming file, line and field', () => {
    const r = check('--strict', 'tests/fixtures/scenes/valid/minimal.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/minimal\.yaml:\d+:\d+: error: nodes: \(de\) the best answer is the longest in 2 of 2/);
  });
});

describe('the language of npm run check:scenes', { timeout: 60_000 }, () => {
  const broken = 'tests/fixtures/scenes/invalid/unknown-target.yaml';
  it('speaks German by default', () => {
    const r = run({}, broken);
    expect(r.stdout).toContain('unknown-target.yaml:57:15: Fehler: nodes.opening.responses[1].next: führt zu „lefft“');
  });

  it('speaks English with --lang en or an English LANG', () => {
    expect(run({}, '--lang=en', broken).stdout).toContain(
      '57:15: error: nodes.opening.responses[1].next: leads to "lefft"',
    );
    expect(run({ LANG: 'en_GB.UTF-8' }, broken).stdout).toContain(
      '57:15: error: nodes.opening.responses[1].next: leads to "lefft"',
    );
    expect(run({ LANG: 'en_GB.UTF-8' }, '--lang', 'de', broken).stdout).toContain('57:15: Fehler:');
  });

  it('prints the corrected line under a text that needs quotes', () => {
    const r = run({}, 'tests/fixtures/scenes/invalid/colon-in-text.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/setzen Sie diesen Text in Anführungszeichen[^\n]*\n {4}so geht es: de: "/);
  });
});
