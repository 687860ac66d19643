import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportRecording } from '../../../src/core/exchange/export';
import { importRecording } from '../../../src/core/exchange/import';
import { randomRecording } from '../../support/random-session';
import { repoPath, scenarioFrom } from '../../support/scenarios';

/** Property: any session the app could record survives export → import → export byte for byte. */
describe('random sessions through the replay format', () => {
  const scenarios = readdirSync(repoPath('scenes'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => scenarioFrom(`scenes/${f}`));

  it('export → import → export gives the same bytes, 48 sessions', () => {
    const kinds = new Set<string>();
    for (let i = 0; i < 48; i++) {
      const recording = randomRecording(
        scenarios[i % scenarios.length] as (typeof scenarios)[number],
        `round-trip-${i}`,
      );
      for (const intent of recording.intents) kinds.add(intent.type);
      const first = exportRecording(recording);
      const imported = importRecording(first, `session-${i}.json`);
      if (!imported.ok) throw new Error(`session round-trip-${i}: ${JSON.stringify(imported.problems)}`);
      expect(exportRecording(imported.recording), `session round-trip-${i}`).toBe(first);
    }
    // The walk really exercised the log: answers, interruptions, timeouts and pauses.
    for (const kind of ['choose', 'spoken', 'interrupt', 'timeout', 'pause', 'resume']) expect(kinds).toContain(kind);
  });
});
