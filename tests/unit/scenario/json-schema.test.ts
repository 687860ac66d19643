import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/core/scenario/json-schema';
import { repoPath } from '../../support/scenarios';

describe('scenes/scenario.schema.json', () => {
  it('is the committed output of the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(repoPath('scenes/scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('describes the fields editors autocomplete, with the fixed vocabularies', () => {
    const schema = scenarioJsonSchema() as { required: string[]; properties: Record<string, { description?: string }> };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'title', 'customer', 'start', 'nodes']));
    const text = JSON.stringify(schema);
    for (const word of ['empathetic', 'neutral_summary', 'slam_counter', 'relationship_ended', 'anger|trust|patience'])
      expect(text).toContain(word);
  });

  it('describes every field in German and English and explains every enum value', () => {
    const undescribed: string[] = [];
    const unexplained: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.properties) {
        for (const [key, value] of Object.entries(o.properties as Record<string, { description?: string }>)) {
          if (!/^de: .+ \/ en: .+/s.test(value.description ?? '')) undescribed.push(`${at}.${key}`);
        }
      }
      if (
        Array.isArray(o.enum) &&
        o.enum.length > 1 &&
        (o.enumDescriptions as unknown[] | undefined)?.length !== o.enum.length
      )
        unexplained.push(at);
      for (const [key, value] of Object.entries(o)) if (key !== 'enum') walk(value, `${at}/${key}`);
    };
    walk(scenarioJsonSchema(), '');
    expect(undescribed).toEqual([]);
    expect(unexplained).toEqual([]);
  });

  it('lists the bundled avatars', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    for (const id of ['angry', 'indecisive', 'talkative', 'furious', 'elderly-woman', 'commuter'])
      expect(text).toContain(`"${id}"`);
    expect(text).toContain('einfühlsam / empathetic');
  });
});
