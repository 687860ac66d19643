import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/core/dialogue/types';
import { createRecording, sessionLogOf } from '../../../src/core/recording/create';
import { activeWithin, pausedWithin } from '../../../src/core/xapi/active-time';
import { checkStatements } from '../../../src/core/xapi/conformance';
import { buildStatements } from '../../../src/core/xapi/statements';
import type { XapiStatement } from '../../../src/core/xapi/types';
import { VERBS } from '../../../src/core/xapi/vocabulary';
import { goldenMoves } from '../../support/golden-paths';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';

const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const BEST = goldenMoves('angry-repair-returned', 'best');
const options = { homePage: 'https://lms.example.org', activityBase: 'https://training.example.org/counterpart' };
const NOW = '2025-03-15T00:00:00Z';

/** The same session with a pause of `pauseMs` inserted right after intent `after`: everything later moves on by it. */
function withPause(intents: readonly Intent[], after: number, pauseMs: number): Intent[] {
  const at = (intents[after] as Intent).at + 500;
  return [
    ...intents.slice(0, after + 1),
    { type: 'pause', at },
    { type: 'resume', at: at + pauseMs },
    ...intents.slice(after + 1).map((i) => ({ ...i, at: i.at + pauseMs })),
  ];
}

describe('durations are the learner time without pauses', () => {
  const { recording } = recordedSession(scenario, BEST);
  const choose = recording.intents.findIndex((i) => i.type === 'choose');
  const log = sessionLogOf(recording);
  const paused = createRecording({
    id: recording.id,
    pseudonym: recording.pseudonym,
    startedAt: recording.startedAt,
    log: { ...log, intents: withPause(log.intents, choose, 90_000) },
    endMs: recording.timings.durationMs + 90_000,
    poses: recording.poses,
    sensing: recording.sensing,
  });

  it('counts paused time inside a window, also a pause still open at its end', () => {
    const intents: Intent[] = [
      { type: 'pause', at: 1000 },
      { type: 'resume', at: 3000 },
      { type: 'pause', at: 8000 },
    ];
    expect(pausedWithin(intents, 0, 10_000)).toBe(4000);
    expect(pausedWithin(intents, 2000, 9000)).toBe(2000);
    expect(activeWithin(intents, 0, 10_000)).toBe(6000);
    expect(pausedWithin(intents, 3000, 8000)).toBe(0);
  });

  it('gives completed and passed the same duration with a 90 s pause as without it', () => {
    expect(paused.timings.pausedMs).toBe(90_000);
    const plain = buildStatements(recording, scenario, options);
    const withBreak = buildStatements(paused, scenario, options);
    expect(withBreak.map((s) => s.verb.id)).toEqual(plain.map((s) => s.verb.id));
    expect(withBreak.map((s) => s.result?.duration)).toEqual(plain.map((s) => s.result?.duration));
    // …while the timestamps still tell the wall clock.
    expect(withBreak.at(-1)?.timestamp).not.toBe(plain.at(-1)?.timestamp);
    expect(checkStatements(withBreak, NOW)).toEqual([]);
  });
});

describe('statements leave the version to the LRS', () => {
  it('sets no version property, and the check refuses one', () => {
    const { recording } = recordedSession(scenario, BEST);
    const statements = buildStatements(recording, scenario, options);
    expect(statements.every((s) => !('version' in s))).toBe(true);
    const versioned = statements.map((s, i) => (i === 1 ? { ...s, version: '1.0.3' } : s)) as XapiStatement[];
    expect(checkStatements(versioned, NOW).map((f) => f.rule)).toEqual(['version']);
  });
});

describe('statements under a cmi5 launch', () => {
  const { recording } = recordedSession(scenario, BEST);
  const REGISTRATION = 'a5c6d3e0-1b2f-4c7d-8e9a-0b1c2d3e4f50';
  const SESSION = 'f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b';
  const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.org', name: 'learner-7' } };
  const template = {
    contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://lms.example.org/course/42' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION },
  };
  const cmi5 = {
    activityId: 'https://lms.example.org/au/angry-repair-returned',
    registration: REGISTRATION,
    actor,
    contextTemplate: template,
    judge: true,
  };
  const statements = buildStatements(recording, scenario, { ...options, cmi5 });
  const category = (s: XapiStatement) => (s.context.contextActivities?.category ?? []).map((a) => a.id);

  it('name the launch actor and registration and keep the template on every statement', () => {
    for (const s of statements) {
      expect(s.actor).toEqual(actor);
      expect(s.context.registration).toBe(REGISTRATION);
      expect(s.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(SESSION);
      expect(s.context.contextActivities?.grouping).toEqual(template.contextActivities.grouping);
    }
    expect(checkStatements(statements, NOW)).toEqual([]);
  });

  it('make completed and passed cmi5-defined statements about the launched AU, and answered not', () => {
    const [completed, judged] = statements.slice(-2) as [XapiStatement, XapiStatement];
    for (const s of [completed, judged]) {
      expect(s.object).toEqual({ objectType: 'Activity', id: cmi5.activityId });
      expect(category(s)).toEqual([
        'https://w3id.org/xapi/cmi5/context/categories/cmi5',
        'https://w3id.org/xapi/cmi5/context/categories/moveon',
      ]);
    }
    for (const s of statements.slice(0, -2)) {
      expect(category(s)).toEqual([]);
      expect(s.object.id).toMatch(/^https:\/\/training\.example\.org\/counterpart\/scenarios\//);
    }
  });

  it("judge against the LMS's mastery score and report it", () => {
    const raw = statements.at(-1)?.result?.score?.raw as number;
    const at = (masteryScore: number) =>
      buildStatements(recording, scenario, { ...options, cmi5: { ...cmi5, masteryScore } }).at(-1) as XapiStatement;
    expect(at(raw / 100).verb.id).toBe(VERBS.passed.id);
    expect(at((raw + 1) / 100).verb.id).toBe(VERBS.failed.id);
    expect(at(0.55).context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.55);
  });

  it('send no result in Browse or Review mode', () => {
    const browsed = buildStatements(recording, scenario, { ...options, cmi5: { ...cmi5, judge: false } });
    expect(browsed.map((s) => s.verb.id)).toEqual(statements.slice(0, -2).map((s) => s.verb.id));
    expect(browsed.every((s) => s.verb.id === VERBS.answered.id)).toBe(true);
  });
});
