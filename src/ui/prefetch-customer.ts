import type { Scenario } from '../core/scenario/schema';
import { avatarUrl } from '../scene/avatar-url';

export interface PrefetchDeps {
  load(id: string): Promise<Scenario | undefined>;
  get(url: string): Promise<Pick<Response, 'ok' | 'arrayBuffer'>>;
  /** The browser asks to save data (Network Information API): then nothing is fetched ahead. */
  saveData?: boolean;
}

/**
 * Fetches the scenario's code and its customer's avatar file ahead, while the trainee reads the
 * start menu, so "Gespräch beginnen" finds both in the browser's cache instead of making the
 * customer wait to come to the counter. Only the HTTP cache keeps the file (the scene parses it
 * when the conversation starts), so a scenario picked and then left costs no memory; each file
 * is fetched once per page. A failed prefetch costs nothing: the scene loads the file anyway.
 * Resolves with the avatar's URL once it is in the cache (undefined when nothing was fetched), so
 * the menu can name it as the upcoming customer for the scene to prepare.
 */
export function createCustomerPrefetch(deps: PrefetchDeps) {
  const fetched = new Set<string>();
  return async function prefetchCustomer(scenarioId: string): Promise<string | undefined> {
    if (deps.saveData) return undefined;
    try {
      const scenario = await deps.load(scenarioId);
      if (!scenario) return undefined;
      const url = avatarUrl(scenario.customer.avatar);
      if (fetched.has(url)) return url;
      fetched.add(url);
      const response = await deps.get(url);
      // Read to the end: a response whose body is never read may not be stored.
      if (!response.ok) return undefined;
      await response.arrayBuffer();
      return url;
    } catch {
      // Offline or a missing file: the conversation's own load reports it.
      return undefined;
    }
  };
}
