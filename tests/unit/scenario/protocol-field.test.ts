import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/core/scenario/json-schema';
import { loadScenario } from '../../../src/core/scenario/load';
import { repoPath } from '../../support/scenarios';

/** The `protocol:` scenario field: parsed with defaults, and linted against the graph's endings. */
const file = 'tests/fixtures/scenes/valid/minimal.yaml';
const minimal = readFileSync(repoPath(file), 'utf8');
const withProtocol = (block: string) => loadScenario(`${minimal.trimEnd()}\n${block}`, file);

const GOOD = `protocol:
  followUpEndings: [resolved]
  facts:
    - id: broken_again
      part: concern
      label: { de: Maschine wieder kaputt, en: machine broken again }
      keywords: { de: [wieder kaputt], en: [broken again] }
    - id: exchange
      part: agreement
      endings: [resolved]
      required: false
      label: { de: Tausch, en: exchange }
      keywords: { de: [Tausch], en: [exchange] }
`;

describe('scenario field protocol', () => {
  it('is optional', () => {
    const result = loadScenario(minimal, file);
    expect(result.ok && result.scenario.protocol).toBeUndefined();
  });

  it('reads key facts with their defaults', () => {
    const result = withProtocol(GOOD);
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('expected a valid scenario');
    expect(result.scenario.protocol?.followUpEndings).toEqual(['resolved']);
    expect(result.scenario.protocol?.facts.map((f) => [f.id, f.required])).toEqual([
      ['broken_again', true],
      ['exchange', false],
    ]);
  });

  it('defaults followUpEndings and facts to empty lists', () => {
    const result = withProtocol('protocol: {}\n');
    expect(result.ok && result.scenario.protocol).toEqual({ facts: [], followUpEndings: [] });
  });

  it('rejects a fact without keywords in both languages, at its line', () => {
    const result = withProtocol(
      GOOD.replace('keywords: { de: [Tausch], en: [exchange] }', 'keywords: { de: [Tausch] }'),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path)).toContain('protocol.facts[1].keywords.en');
  });

  it('names a follow-up ending that is a node but not an ending', () => {
    const result = withProtocol(GOOD.replace('followUpEndings: [resolved]', 'followUpEndings: [calmer]'));
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.path === 'protocol.followUpEndings[0]');
    expect(problem?.message).toBe(
      '"calmer" is a node but not an ending; name ending nodes (resolved, escalated, left)',
    );
    expect(problem?.line).toBe(minimal.trimEnd().split('\n').length + 2);
  });

  it('refuses a fact id used twice', () => {
    const result = withProtocol(GOOD.replace('id: exchange', 'id: broken_again'));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toContain('the fact id "broken_again" is used twice');
  });

  it('warns that endings on a concern fact are not read', () => {
    const result = withProtocol(GOOD.replace('part: concern\n', 'part: concern\n      endings: [left]\n'));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'protocol.facts[0].endings' }),
    ]);
  });

  it('is described for editors in the JSON Schema', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, { description?: string }> };
    expect(schema.properties.protocol?.description).toMatch(/conversation protocol/);
    expect(JSON.stringify(schema.properties.protocol)).toContain('followUpEndings');
  });
});
