import { readdirSync } from 'node:fs';
import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { checkStatements } from '../../../src/core/xapi/conformance';
import { buildStatements } from '../../../src/core/xapi/statements';
import type { XapiStatement } from '../../../src/core/xapi/types';
import { goldenMoves } from '../../support/golden-paths';
import { randomRecording } from '../../support/random-session';
import { repoPath, scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';

/**
 * Statements from golden and random sessions through Learning Locker's xAPI validator (what an
 * LRS of that family accepts), plain and as a cmi5 AU sends them, and through our own checks.
 */
const SCENARIO_IDS = readdirSync(repoPath('scenes'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const options = { homePage: 'https://lms.example.org', activityBase: 'https://training.example.org/counterpart' };
const cmi5 = {
  activityId: 'https://lms.example.org/au/counterpart',
  registration: 'a5c6d3e0-1b2f-4c7d-8e9a-0b1c2d3e4f50',
  actor: { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.org', name: 'learner-7' } },
  contextTemplate: {
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b' },
  },
  masteryScore: 0.6,
  judge: true,
};

const goldenPaths = (id: string): string[] => {
  const names: string[] = [];
  for (const name of ['best', 'worst', 'sleeps-on-it', 'polite-interruptions', 'caves-in']) {
    try {
      goldenMoves(id, name);
      names.push(name);
    } catch {
      // Not every scenario has every named path.
    }
  }
  return names;
};

/** The validator's findings as "path: message", JSON round-tripped first as an LRS would receive them. */
const findings = (statement: XapiStatement): string[] =>
  validateStatement(JSON.parse(JSON.stringify(statement))).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);

describe('statements from golden sessions', () => {
  const cases = SCENARIO_IDS.flatMap((id) => goldenPaths(id).map((name) => [id, name] as const));

  it('cover every scenario', () => {
    expect(new Set(cases.map(([id]) => id)).size).toBe(SCENARIO_IDS.length);
  });

  it.each(cases)('%s / %s passes the xAPI validator, plain and under cmi5', (id, name) => {
    const scenario = scenarioFrom(`scenes/${id}.yaml`);
    const { recording } = recordedSession(scenario, goldenMoves(id, name));
    for (const statements of [
      buildStatements(recording, scenario, options),
      buildStatements(recording, scenario, { ...options, cmi5 }),
    ]) {
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.flatMap(findings)).toEqual([]);
      expect(checkStatements(statements)).toEqual([]);
    }
  });
});

describe('statements from random sessions', () => {
  const scenarios = SCENARIO_IDS.map((id) => scenarioFrom(`scenes/${id}.yaml`));

  it('pass the xAPI validator and our checks, 60 sessions', () => {
    let count = 0;
    let endings = 0;
    for (let i = 0; i < 60; i++) {
      const scenario = scenarios[i % scenarios.length] as (typeof scenarios)[number];
      const recording = randomRecording(scenario, `xapi-${i}`);
      const statements = buildStatements(recording, scenario, i % 2 === 0 ? options : { ...options, cmi5 });
      expect(statements.flatMap(findings), `session xapi-${i}`).toEqual([]);
      expect(checkStatements(statements), `session xapi-${i}`).toEqual([]);
      count += statements.length;
      endings += statements.filter((s) => s.verb.id.endsWith('/completed')).length;
    }
    expect(count).toBeGreaterThan(100);
    // Both kinds of session were among them: finished (completed, passed/failed) and abandoned.
    expect(endings).toBeGreaterThan(5);
    expect(endings).toBeLessThan(60);
  });
});

describe('the xAPI validator', () => {
  it('does catch a broken statement (so a pass means something)', () => {
    const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
    const { recording } = recordedSession(scenario, goldenMoves('angry-repair-returned', 'best'));
    const statement = structuredClone(buildStatements(recording, scenario, options).at(-1) as XapiStatement);
    Object.assign(statement.actor, { mbox: 'not-an-address' });
    Object.assign(statement.result ?? {}, { duration: 'ten minutes' });
    const found = findings(statement);
    expect(found.some((f) => f.startsWith('statement.actor'))).toBe(true);
    expect(found.some((f) => f.startsWith('statement.result.duration'))).toBe(true);
  });
});
