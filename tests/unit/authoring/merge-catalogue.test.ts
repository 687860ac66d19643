import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../src/core/scenario/catalogue';
import { mergeCatalogues } from '../../../src/core/scenario/merge-catalogue';
import { summarize } from '../../../src/core/scenario/summary';
import { minimalScenario } from '../../support/scenarios';

function entry(id: string): CatalogueEntry {
  const scenario = { ...minimalScenario(), id };
  return { file: `${id}.yaml`, summary: summarize(scenario), problems: [], load: async () => scenario };
}
const broken: CatalogueEntry = { file: 'scenes/broken.yaml', summary: null, problems: [] };

describe('the start menu catalogue with own scenarios', () => {
  it('lists the bundled ones first, then the own ones marked as own', () => {
    const merged = mergeCatalogues([entry('a'), broken], [entry('mine')]);
    expect(merged.map((e) => [e.summary?.id ?? e.file, e.own ?? false])).toEqual([
      ['a', false],
      ['scenes/broken.yaml', false],
      ['mine', true],
    ]);
  });

  it('leaves out an own scenario whose id a bundled one uses, so a deep link names one scenario', () => {
    const merged = mergeCatalogues([entry('a')], [entry('a'), entry('b')]);
    expect(merged.map((e) => `${e.summary?.id}:${e.own ?? false}`)).toEqual(['a:false', 'b:true']);
  });

  it('an own entry still loads its scenario', async () => {
    const [own] = mergeCatalogues([], [entry('mine')]);
    expect(own && 'load' in own ? (await own.load()).id : undefined).toBe('mine');
  });
});
