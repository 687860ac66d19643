import type { Scenario } from '../core/scenario/schema';

/**
 * The app's scenarios as learning records need them (which ids exist, a scenario's full text),
 * handed in by the app shell at start: nothing below the app imports the app.
 */
export interface ScenarioSource {
  ids(): readonly string[];
  load(id: string): Promise<Scenario | undefined>;
}

let source: ScenarioSource = { ids: () => [], load: async () => undefined };

export function provideScenarios(given: ScenarioSource): void {
  source = given;
}

export function scenarioSource(): ScenarioSource {
  return source;
}
