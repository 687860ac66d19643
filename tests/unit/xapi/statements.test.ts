import { describe, expect, it } from 'vitest';
import { sessionLogOf } from '../../../src/core/recording/create';
import { buildReport } from '../../../src/core/scoring/report';
import { bodyLanguageFromTotals } from '../../../src/core/sensing/totals';
import { checkStatements } from '../../../src/core/xapi/conformance';
import { parseIsoDateTime } from '../../../src/core/xapi/iso-time';
import { buildStatements } from '../../../src/core/xapi/statements';
import type { XapiStatement } from '../../../src/core/xapi/types';
import { VERBS } from '../../../src/core/xapi/vocabulary';
import { goldenMoves } from '../../support/golden-paths';
import { scenarioFrom } from '../../support/scenarios';
import { RECORDING_ID, recordedSession, STARTED_AT } from '../recording/synthetic';

const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const BEST = goldenMoves('angry-repair-returned', 'best');
const WORST = ['not_responsible', 'threaten_to_end'];
const options = { homePage: 'https://lms.example.org', activityBase: 'https://training.example.org/counterpart/' };
const NOW = '2025-03-15T00:00:00Z';

describe('xAPI statements of a finished session', () => {
  const { recording } = recordedSession(scenario, BEST);
  const statements = buildStatements(recording, scenario, options);
  const verbs = statements.map((s) => s.verb.id);

  it('keep every xAPI and cmi5 rule the conformance check knows', () => {
    expect(checkStatements(statements, NOW)).toEqual([]);
  });

  it('are one answered per answered turn, then completed, then passed', () => {
    const choices = recording.intents.filter((i) => i.type === 'choose');
    expect(verbs).toEqual([...choices.map(() => VERBS.answered.id), VERBS.completed.id, VERBS.passed.id]);
    expect(statements.slice(0, -2).map((s) => s.result?.response)).toEqual(BEST);
  });

  it('make each answered object the decision node as a choice interaction, with the options to choose from', () => {
    const first = statements[0] as XapiStatement;
    expect(first.object.id).toBe(
      'https://training.example.org/counterpart/scenarios/angry-repair-returned/nodes/opening',
    );
    expect(first.object.definition?.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(first.object.definition?.interactionType).toBe('choice');
    expect(first.object.definition?.choices?.map((c) => c.id)).toEqual([
      'calm_down',
      'let_him_talk',
      'ask_for_receipt',
      'not_responsible',
    ]);
    // Placeholders are filled: the LRS shows what the trainee saw.
    expect(JSON.stringify(first.object.definition)).not.toMatch(/\{(product|company)\}/);
    expect(first.context.contextActivities?.parent?.[0]?.id).toBe(
      'https://training.example.org/counterpart/scenarios/angry-repair-returned',
    );
  });

  it('carry a cmi5 score on passed only: scaled = raw / max, raw an integer in [min, max]', () => {
    const report = buildReport(scenario, sessionLogOf(recording), bodyLanguageFromTotals(recording.sensing));
    const passed = statements.at(-1) as XapiStatement;
    expect(passed.result?.score).toEqual({
      scaled: report.overall.score / 100,
      raw: report.overall.score,
      min: 0,
      max: 100,
    });
    expect(passed.result?.success).toBe(true);
    expect(passed.result?.completion).toBeUndefined();
    expect(statements.at(-2)?.result).toEqual({ completion: true, duration: passed.result?.duration });
    expect(passed.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.7);
  });

  it('give the session length as an ISO 8601 duration on completed and passed', () => {
    const ms = recording.timings.durationMs;
    const expected = `PT${Math.floor(ms / 60_000) > 0 ? `${Math.floor(ms / 60_000)}M` : ''}${(ms % 60_000) / 1000}S`;
    expect(statements.at(-1)?.result?.duration).toBe(expected);
    expect(statements.at(-2)?.result?.duration).toBe(expected);
  });

  it('name the trainee only by a pseudonymous account, never an e-mail address', () => {
    const text = JSON.stringify(statements);
    expect(text).not.toMatch(/mbox|openid/);
    for (const s of statements)
      expect(s.actor).toEqual({
        objectType: 'Agent',
        account: { homePage: 'https://lms.example.org', name: 'fuchs-42' },
      });
  });

  it('time each statement at startedAt + its session offset, register it under the recording id, leave the version to the LRS', () => {
    const start = parseIsoDateTime(STARTED_AT);
    const choices = recording.intents.filter((i) => i.type === 'choose');
    expect(statements.slice(0, -2).map((s) => parseIsoDateTime(s.timestamp) - start)).toEqual(choices.map((c) => c.at));
    expect(parseIsoDateTime(statements.at(-1)?.timestamp as string) - start).toBe(recording.timings.durationMs);
    for (const s of statements) {
      expect(s.context.registration).toBe(RECORDING_ID);
      expect('version' in s).toBe(false);
      expect(s.context.language).toBe('de');
    }
  });

  it('have unique ids that come out the same on every export', () => {
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(buildStatements(recording, scenario, options).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    const other = buildStatements({ ...recording, id: '0d5e3c1b-2a4f-4e6d-8c7b-9a1f0e2d3c4b' }, scenario, options);
    expect(other.map((s) => s.id).filter((id) => statements.some((s) => s.id === id))).toEqual([]);
  });

  it('measure the answer time of a turn from the moment the choices appeared', () => {
    // playScript thinks 4 s before every answer.
    expect(statements[0]?.result?.duration).toBe('PT4S');
  });

  it('accept an injected id generator', () => {
    const ids = buildStatements(recording, scenario, {
      ...options,
      idFor: (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    });
    expect(ids[2]?.id).toBe('00000000-0000-4000-8000-000000000002');
  });
});

describe('passed or failed', () => {
  it('fails a weak session, with success false and its score', () => {
    const { recording } = recordedSession(scenario, WORST);
    const statements = buildStatements(recording, scenario, options);
    const last = statements.at(-1) as XapiStatement;
    expect(last.verb.id).toBe(VERBS.failed.id);
    expect(last.result?.success).toBe(false);
    expect(last.result?.score?.raw).toBeLessThan(70);
    expect(checkStatements(statements, NOW)).toEqual([]);
  });

  it('follows a given score and pass mark, clamped to 0–100', () => {
    const { recording } = recordedSession(scenario, BEST);
    const at = (score: number, passingScore?: number) =>
      buildStatements(recording, scenario, { ...options, score, passingScore }).at(-1) as XapiStatement;
    expect(at(69).verb.id).toBe(VERBS.failed.id);
    expect(at(70).verb.id).toBe(VERBS.passed.id);
    expect(at(80, 90).verb.id).toBe(VERBS.failed.id);
    expect(at(140).result?.score).toEqual({ scaled: 1, raw: 100, min: 0, max: 100 });
    expect(at(72.6).result?.score?.raw).toBe(73);
  });

  it('sends only the answered turns of a session that never reached an ending', () => {
    const { recording } = recordedSession(scenario, BEST.slice(0, 3));
    const statements = buildStatements(recording, scenario, options);
    expect(statements.map((s) => s.verb.id)).toEqual([VERBS.answered.id, VERBS.answered.id, VERBS.answered.id]);
    expect(checkStatements(statements, NOW)).toEqual([]);
  });

  it('refuses addresses that are not http(s) IRLs', () => {
    const { recording } = recordedSession(scenario, WORST);
    expect(() => buildStatements(recording, scenario, { ...options, homePage: 'mailto:a@b.c' })).toThrow(/homePage/);
    expect(() => buildStatements(recording, scenario, { ...options, activityBase: 'counterpart' })).toThrow(
      /activityBase/,
    );
  });
});

describe('conformance check', () => {
  const { recording } = recordedSession(scenario, BEST);
  const good = buildStatements(recording, scenario, options);
  const broken = (change: (s: XapiStatement[]) => void): string[] => {
    const copy = structuredClone(good);
    change(copy);
    return checkStatements(copy, NOW).map((f) => f.rule);
  };
  const last = (s: XapiStatement[]) => s.at(-1) as XapiStatement;

  it.each<[string, (s: XapiStatement[]) => void, string]>([
    [
      'an mbox actor',
      (s) => Object.assign((s[0] as XapiStatement).actor, { mbox: 'mailto:max@example.org' }),
      'actor-account',
    ],
    ['a scaled score above 1', (s) => Object.assign(last(s).result?.score ?? {}, { scaled: 1.2 }), 'score-scaled'],
    ['scaled not raw/max', (s) => Object.assign(last(s).result?.score ?? {}, { scaled: 0.5 }), 'score-scaled-raw'],
    [
      'a fractional raw score',
      (s) => Object.assign(last(s).result?.score ?? {}, { raw: 70.5, scaled: 0.705 }),
      'score-integers',
    ],
    [
      'a score on completed',
      (s) =>
        Object.assign((s.at(-2) as XapiStatement).result ?? {}, { score: { scaled: 1, raw: 100, min: 0, max: 100 } }),
      'cmi5-score',
    ],
    ['completion on passed', (s) => Object.assign(last(s).result ?? {}, { completion: true }), 'cmi5-completion'],
    ['passed without duration', (s) => delete last(s).result?.duration, 'cmi5-duration'],
    ['a malformed duration', (s) => Object.assign(last(s).result ?? {}, { duration: '93 seconds' }), 'duration-format'],
    ['a duplicate id', (s) => Object.assign(s[1] as XapiStatement, { id: (s[0] as XapiStatement).id }), 'id-unique'],
    ['an id that is no UUID', (s) => Object.assign(s[0] as XapiStatement, { id: 'statement-1' }), 'id-uuid'],
    [
      'timestamps out of order',
      (s) => Object.assign(s[1] as XapiStatement, { timestamp: '2000-01-01T00:00:00.000Z' }),
      'timestamp-order',
    ],
    [
      'a timestamp in the future',
      (s) => Object.assign(last(s), { timestamp: '2099-01-01T00:00:00.000Z' }),
      'timestamp-future',
    ],
    ['answered after completed', (s) => s.push(structuredClone(s[0] as XapiStatement)), 'order'],
    ['passed before completed', (s) => s.reverse(), 'order'],
    [
      'another registration',
      (s) => Object.assign(last(s).context, { registration: '0d5e3c1b-2a4f-4e6d-8c7b-9a1f0e2d3c4b' }),
      'registration-same',
    ],
  ])('catches %s', (_name, change, rule) => {
    expect(broken(change)).toContain(rule);
  });
});
