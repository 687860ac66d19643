import { describe, expect, it } from 'vitest';
import { rowOf, saveCheck } from '../../../src/authoring/own-scenario-store';
import type { CatalogueEntry } from '../../../src/core/scenario/catalogue';
import { summarize } from '../../../src/core/scenario/summary';
import { minimalScenario } from '../../support/scenarios';

const scenario = (id: string) => ({ ...minimalScenario(), id });
const bundled: CatalogueEntry[] = [
  { file: 'scenes/a.yaml', summary: summarize(scenario('a')), problems: [], load: async () => scenario('a') },
];

describe('storing a checked scenario', () => {
  it('refuses a bundled id, asks before replacing an own one, stores a new one', () => {
    const stored = [rowOf(scenario('mine'), 'id: mine', '2026-12-06T10:00:00.000Z')];
    expect(saveCheck('a', bundled, stored)).toBe('bundled');
    expect(saveCheck('mine', bundled, stored)).toBe('replaces');
    expect(saveCheck('new-one', bundled, stored)).toBe('new');
  });

  it('stores the text as written with the menu summary, under a file name that matches the id', () => {
    const row = rowOf(scenario('apotheke'), 'id: apotheke\n', '2026-12-06T10:00:00.000Z');
    expect(row).toMatchObject({
      id: 'apotheke',
      file: 'apotheke.yaml',
      source: 'id: apotheke\n',
      summary: { id: 'apotheke' },
    });
  });
});
