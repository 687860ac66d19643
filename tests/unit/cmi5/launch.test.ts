import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { scenarioForLaunch } from '../../../src/core/cmi5/activity-map';
import { cmi5ContextFor, initializedStatement, terminatedStatement } from '../../../src/core/cmi5/au-statements';
import { type LaunchData, parseLaunchData, preferredLocale } from '../../../src/core/cmi5/launch-data';
import { type LaunchParams, looksLikeCmi5Launch, parseLaunchParams } from '../../../src/core/cmi5/launch-params';
import { backoffMs, verdictOf } from '../../../src/core/xapi/delivery-policy';
import { agentProfileUrl, statementUrl, stateUrl } from '../../../src/core/xapi/lrs-urls';

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-7' } };
const query = (over: Record<string, string | null> = {}) => {
  const all: Record<string, string | null> = {
    endpoint: 'https://lrs.example.org/xapi',
    fetch: 'https://lms.example.org/fetch/abc',
    actor: JSON.stringify(actor),
    registration: 'A5C6D3E0-1B2F-4C7D-8E9A-0B1C2D3E4F50',
    activityId: 'https://lms.example.org/au/angry-repair-returned',
    ...over,
  };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) if (v !== null) p.set(k, v);
  return `?${p}`;
};
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const launchData = {
  contextTemplate: { extensions: { [SESSION]: 'sess-1' } },
  launchMode: 'Normal',
  moveOn: 'CompletedAndPassed',
  masteryScore: 0.8,
};

describe('cmi5 launch parameters', () => {
  it('reads a launch: endpoint with a trailing slash, the account actor, a lower-case registration', () => {
    const parsed = parseLaunchParams(query());
    expect(parsed).toEqual({
      kind: 'launch',
      params: {
        endpoint: 'https://lrs.example.org/xapi/',
        fetchUrl: 'https://lms.example.org/fetch/abc',
        actor,
        registration: 'a5c6d3e0-1b2f-4c7d-8e9a-0b1c2d3e4f50',
        activityId: 'https://lms.example.org/au/angry-repair-returned',
      },
    });
    expect(looksLikeCmi5Launch(query())).toBe(true);
  });

  it('is no launch without any of its parameters', () => {
    expect(parseLaunchParams('?scenario=angry-repair-returned&lang=en')).toEqual({ kind: 'none' });
    expect(looksLikeCmi5Launch('?scenario=x')).toBe(false);
  });

  it.each([
    [{ fetch: null }, 'fetch', /„fetch“ fehlt/],
    [{ endpoint: 'ftp://lrs' }, 'endpoint', /keine http\(s\)-Adresse/],
    [{ registration: 'reg-1' }, 'registration', /keine UUID/],
    [{ actor: '{"mbox":"mailto:a@b.c"}' }, 'actor', /account/],
    [{ actor: '{broken' }, 'actor', /kein JSON/],
    [{ activityId: 'no iri' }, 'activityId', /keine IRI/],
  ])('names the faulty field: %j', (over, field, de) => {
    const parsed = parseLaunchParams(query(over));
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.field).toBe(field);
    expect(parsed.message.de).toMatch(de);
    expect(parsed.message.en).toContain(field);
  });
});

describe('LMS.LaunchData and learner preferences', () => {
  it('reads mode, moveOn, mastery score and the session id', () => {
    const parsed = parseLaunchData({
      ...launchData,
      returnURL: 'https://lms.example.org/back',
      launchParameters: 'scenario=x',
    });
    expect(parsed.ok && parsed.value).toMatchObject({
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
      sessionId: 'sess-1',
    });
  });

  it.each([
    [null, 'LMS.LaunchData'],
    [{ ...launchData, contextTemplate: undefined }, 'contextTemplate'],
    [{ ...launchData, contextTemplate: {} }, 'contextTemplate.extensions'],
    [{ ...launchData, launchMode: 'Play' }, 'launchMode'],
    [{ ...launchData, moveOn: 'Whenever' }, 'moveOn'],
    [{ ...launchData, masteryScore: 80 }, 'masteryScore'],
  ])('refuses %j naming %s', (doc, field) => {
    const parsed = parseLaunchData(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.field).toBe(field);
  });

  it('takes the first German or English language preference', () => {
    expect(preferredLocale({ languagePreference: 'fr-FR, en-US, de-DE' })).toBe('en');
    expect(preferredLocale({ languagePreference: 'de-AT' })).toBe('de');
    expect(preferredLocale({ languagePreference: 'fr' })).toBeNull();
    expect(preferredLocale(undefined)).toBeNull();
  });
});

describe('activity id → scenario', () => {
  const ids = ['angry-repair-returned', 'talkative-pension-story'];
  it.each([
    ['https://lms.example.org/au/angry-repair-returned', undefined, null, 'angry-repair-returned'],
    ['https://lms.example.org/course#talkative-pension-story', undefined, null, 'talkative-pension-story'],
    ['urn:counterpart:talkative-pension-story', undefined, null, 'talkative-pension-story'],
    ['https://lms.example.org/au/7', 'scenario=talkative-pension-story', null, 'talkative-pension-story'],
    ['https://lms.example.org/au/7', '{"scenario":"angry-repair-returned"}', null, 'angry-repair-returned'],
    ['https://lms.example.org/au/7', undefined, 'angry-repair-returned', 'angry-repair-returned'],
    ['https://lms.example.org/au/7', 'scenario=unknown', 'also-unknown', null],
  ])('%s (%s, %s) → %s', (activityId, parameters, urlScenario, expected) => {
    expect(scenarioForLaunch(activityId, parameters, urlScenario, ids)).toBe(expected);
  });
});

describe('initialized and terminated', () => {
  const params = (parseLaunchParams(query()) as { params: LaunchParams }).params;
  const data = (parseLaunchData(launchData) as { value: LaunchData }).value;
  const cmi5 = cmi5ContextFor(params, data, false);
  const input = { id: '0d5e3c1b-2a4f-4e6d-8c7b-9a1f0e2d3c4b', timestamp: '2025-03-14T09:30:00.000Z', locale: 'de' };

  it('are cmi5-defined statements about the AU that pass the xAPI validator', () => {
    const initialized = initializedStatement(cmi5, input);
    const terminated = terminatedStatement(cmi5, {
      ...input,
      id: '1d5e3c1b-2a4f-4e6d-8c7b-9a1f0e2d3c4b',
      durationMs: 754_500,
    });
    for (const s of [initialized, terminated]) {
      expect(s.object).toEqual({ objectType: 'Activity', id: params.activityId });
      expect(s.context.registration).toBe(params.registration);
      expect(s.context.contextActivities?.category?.map((c) => c.id)).toEqual([
        'https://w3id.org/xapi/cmi5/context/categories/cmi5',
      ]);
      expect(s.context.extensions?.[SESSION]).toBe('sess-1');
      expect(validateStatement(JSON.parse(JSON.stringify(s)))).toEqual([]);
    }
    expect(initialized.verb.id).toBe('http://adlnet.gov/expapi/verbs/initialized');
    expect(terminated.result).toEqual({ duration: 'PT12M34.5S' });
  });

  it('judge only in Normal mode and only once per launch', () => {
    expect(cmi5.judge).toBe(true);
    expect(cmi5.masteryScore).toBe(0.8);
    expect(cmi5ContextFor(params, data, true).judge).toBe(false);
    expect(cmi5ContextFor(params, { ...data, launchMode: 'Browse' }, false).judge).toBe(false);
    expect(cmi5ContextFor(params, { ...data, launchMode: 'Review' }, false).judge).toBe(false);
  });
});

describe('LRS addresses and the delivery policy', () => {
  it('builds the statement, state and agent profile resources', () => {
    expect(statementUrl('https://lrs.example.org/xapi', 'abc')).toBe(
      'https://lrs.example.org/xapi/statements?statementId=abc',
    );
    const state = new URL(
      stateUrl('https://lrs/x/', {
        activityId: 'https://a/1',
        agent: actor as never,
        registration: 'r',
        stateId: 'LMS.LaunchData',
      }),
    );
    expect(state.pathname).toBe('/x/activities/state');
    expect(JSON.parse(state.searchParams.get('agent') as string)).toEqual(actor);
    expect(state.searchParams.get('stateId')).toBe('LMS.LaunchData');
    expect(
      new URL(agentProfileUrl('https://lrs/x/', actor as never, 'cmi5LearnerPreferences')).searchParams.get(
        'profileId',
      ),
    ).toBe('cmi5LearnerPreferences');
  });

  it('retries what may pass later and sets aside what never will', () => {
    expect([200, 204].map((s) => verdictOf(s))).toEqual(['delivered', 'delivered']);
    expect([0, 401, 408, 429, 500, 502, 503].map((s) => verdictOf(s)).every((v) => v === 'retry')).toBe(true);
    expect([400, 403, 409].map((s) => verdictOf(s)).every((v) => v === 'rejected')).toBe(true);
    // A launch token the LMS no longer accepts will not start working again; the organisation's password may be fixed.
    expect(verdictOf(401, 'fixed')).toBe('rejected');
    expect(verdictOf(401, 'editable')).toBe('retry');
  });

  it('backs off exponentially up to five minutes', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffMs(a))).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(backoffMs(30)).toBe(300_000);
  });
});
