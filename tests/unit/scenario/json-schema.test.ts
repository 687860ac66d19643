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
    for (const word of ['empathetic', 'neutral_summary', 'slam_counter', 'relationship_ended', 'anger|trust|patience']) expect(text).toContain(word);
  });
});
