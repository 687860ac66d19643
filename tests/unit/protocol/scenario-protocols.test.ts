import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkProtocol } from '../../../src/core/protocol/check';
import { sessionFactsOf } from '../../../src/core/protocol/session-facts';
import { playScript } from '../../support/play';
import { repoPath, scenarioFrom } from '../../support/scenarios';
import { PROTOCOL_CASES, SESSION_START } from './scenario-protocols';

/** The moves of a golden path, so the protocols follow the same conversations the golden tests pin. */
function goldenMoves(scenario: string, path: string): string[] {
  const golden = parse(readFileSync(repoPath(`tests/golden/${scenario}.golden.yaml`), 'utf8')) as {
    paths: { name: string; moves: string[] }[];
  };
  const found = golden.paths.find((p) => p.name === path);
  if (!found) throw new Error(`no path "${path}" in ${scenario}.golden.yaml`);
  return found.moves;
}

describe.each(PROTOCOL_CASES)('$scenario, $path path', ({ scenario: id, path, good, sloppy }) => {
  const scenario = scenarioFrom(`scenes/${id}.yaml`);
  const keyFacts = scenario.protocol?.facts ?? [];
  const happened = sessionFactsOf(scenario, playScript(scenario, goldenMoves(id, path)).log, {
    followUpEndings: scenario.protocol?.followUpEndings ?? [],
    startedAt: SESSION_START,
  });

  it('names key facts for the concern and the agreement', () => {
    expect(keyFacts.some((f) => f.part === 'concern' && f.required)).toBe(true);
    expect(keyFacts.some((f) => f.part === 'agreement')).toBe(true);
  });

  it('scores a complete, accurate protocol high', () => {
    const check = checkProtocol(good, happened, keyFacts);
    const said = check.reasons.map((r) => r.en).join('\n');
    expect(check.score, said).toBeGreaterThanOrEqual(90);
    expect(check.parts.concern, said).toBe(30);
    expect(check.parts.agreement, said).toBe(30);
  });

  it('scores a vague protocol with the wrong mood and no follow-up low, and says why', () => {
    const check = checkProtocol(sloppy, happened, keyFacts);
    expect(check.score).toBeLessThan(50);
    const said = check.reasons.map((r) => r.en).join('\n');
    expect(said).toMatch(/Mood at the end noted as/);
    if (happened.followUpAgreed) expect(said).toContain('The follow-up date is missing although one was agreed.');
    expect(said).toMatch(/Missing from the concern|not agreed in this conversation|Not recorded/);
  });
});
