import type { ScenarioSummary } from './catalogue';
import type { Scenario } from './schema';
import { countDecisions } from './stats.ts';

/** What the start menu shows of a scenario, read off the checked scenario (build time or the trainer's page). */
export function summarize(s: Scenario): ScenarioSummary {
  return {
    id: s.id,
    title: s.title,
    briefing: s.briefing,
    difficulty: s.difficulty,
    minutes: s.minutes,
    customerType: s.customer.type,
    placeholders: s.placeholders,
    longestPath: countDecisions(s).longestPath,
  };
}
