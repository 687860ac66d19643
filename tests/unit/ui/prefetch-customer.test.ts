import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/schema';
import { createCustomerPrefetch } from '../../../src/ui/prefetch-customer';
import { minimalScenario } from '../../support/scenarios';

function fakes(saveData = false) {
  const scenario = minimalScenario();
  const requested: string[] = [];
  let read = 0;
  const deps = {
    load: async (id: string): Promise<Scenario | undefined> => (id === scenario.id ? scenario : undefined),
    get: async (url: string) => {
      requested.push(url);
      if (url.includes('missing')) throw new TypeError('Failed to fetch');
      return {
        ok: true,
        arrayBuffer: async () => {
          read += 1;
          return new ArrayBuffer(8);
        },
      };
    },
    saveData,
  };
  return { scenario, requested, deps, reads: () => read };
}

describe('customer prefetch', () => {
  it("fetches the scenario's avatar file once and reads it to the end", async () => {
    const { scenario, requested, deps, reads } = fakes();
    const prefetch = createCustomerPrefetch(deps);
    const url = `/avatars/${scenario.customer.avatar}.vrm`;
    // Both calls name the avatar for the scene to prepare; only the first fetches it.
    await expect(prefetch(scenario.id)).resolves.toBe(url);
    await expect(prefetch(scenario.id)).resolves.toBe(url);
    expect(requested).toEqual([`/avatars/${scenario.customer.avatar}.vrm`]);
    expect(reads()).toBe(1);
  });

  it('fetches nothing for an unknown scenario or when the browser asks to save data', async () => {
    const unknown = fakes();
    await expect(createCustomerPrefetch(unknown.deps)('no-such-scenario')).resolves.toBeUndefined();
    expect(unknown.requested).toEqual([]);
    const saving = fakes(true);
    await expect(createCustomerPrefetch(saving.deps)(saving.scenario.id)).resolves.toBeUndefined();
    expect(saving.requested).toEqual([]);
  });

  it('swallows a failed fetch: the conversation loads the file itself', async () => {
    const { scenario, requested, deps } = fakes();
    const missing: Scenario = { ...scenario, customer: { ...scenario.customer, avatar: 'missing' } };
    const prefetch = createCustomerPrefetch({ ...deps, load: async () => missing });
    await expect(prefetch(scenario.id)).resolves.toBeUndefined();
    expect(requested).toEqual(['/avatars/missing.vrm']);
  });
});
