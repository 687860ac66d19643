import { describe, expect, it } from 'vitest';
import type { Response, Scenario } from '../../../src/core/scenario/schema';
import type { Tone } from '../../../src/core/scenario/vocabulary';
import type { Act } from '../../../src/core/scoring/acts';
import { moodTrajectoryScore } from '../../../src/core/scoring/escalation';
import { groupRepeats, type KeyMoment } from '../../../src/core/scoring/key-moments';
import { buildReport, withTypeAnswer } from '../../../src/core/scoring/report';
import { scoreTone } from '../../../src/core/scoring/tone';
import { scoreTypeRecognition } from '../../../src/core/scoring/type-recognition';
import { CRITICAL_CAP, TONE_SCORES, UNFIT_MOMENT_TONE } from '../../../src/core/scoring/weights';
import { playScript } from '../../support/play';
import { minimalScenario } from '../../support/scenarios';

const calm = { anger: 30, trust: 50, patience: 50 };
const heated = { anger: 80, trust: 20, patience: 40 };

function answer(tone: Tone, moment?: Response['moment']): Response {
  return {
    id: tone,
    text: { de: tone, en: tone },
    tone,
    techniques: [],
    effects: {},
    next: 'x',
    feedback: { de: '-', en: '-' },
    ...(moment ? { moment } : {}),
  };
}
const said = (response: Response, mood = calm, latencyMs: number | null = null): Act => ({
  kind: 'response',
  node: 'n',
  at: 0,
  latencyMs,
  response,
  moodBefore: mood,
  moodAfter: mood,
});

const why = { de: 'Plaudern, während die Schlange wartet.', en: 'Chatting while the queue waits.' };

describe('scoring the moment, not the words', () => {
  it('scores a warm answer that does not fit the moment as poor tone, with the reason', () => {
    const fits = scoreTone([said(answer('empathetic', { fits: true, why }))]);
    const unfit = scoreTone([said(answer('empathetic', { fits: false, why }))]);
    expect(fits.score).toBe(TONE_SCORES.empathetic);
    expect(unfit.score).toBe(UNFIT_MOMENT_TONE);
    expect(unfit.reasons.map((r) => r.de).join(' ')).toContain(why.de);
    expect(unfit.reasons.map((r) => r.en).join(' ')).toContain(why.en);
  });

  it('counts every fitting interruption in the tone explanation', () => {
    const interrupt = (fits: boolean): Act => ({
      kind: 'interrupt',
      node: 'n',
      at: 0,
      fits,
      moodBefore: calm,
      moodAfter: calm,
    });
    const tone = scoreTone([said(answer('factual')), interrupt(true), interrupt(true), interrupt(false)]);
    expect(tone.reasons.some((r) => r.de.startsWith('2×') && r.de.includes('unterbrochen'))).toBe(true);
  });

  it('counts a timeout for tone only while the customer is heated (or an angry customer waits)', () => {
    const timeout = (mood: typeof calm): Act => ({
      kind: 'timeout',
      node: 'n',
      at: 0,
      moodBefore: mood,
      moodAfter: mood,
    });
    expect(scoreTone([said(answer('empathetic')), timeout(calm)]).score).toBe(100);
    expect(scoreTone([said(answer('empathetic')), timeout(heated)]).score).toBe(
      Math.round((100 + TONE_SCORES.evasive) / 2),
    );
    expect(scoreTone([said(answer('empathetic')), timeout(calm)], { angryCustomer: true }).score).toBe(
      Math.round((100 + TONE_SCORES.evasive) / 2),
    );
  });

  it('lets patience count in the mood trajectory', () => {
    const start = { anger: 50, trust: 50, patience: 60 };
    const kept = moodTrajectoryScore({ startMood: start, endMood: { ...start } });
    const lost = moodTrajectoryScore({ startMood: start, endMood: { ...start, patience: 0 } });
    expect(kept).toBe(50);
    expect(lost).toBeLessThan(kept);
    expect(moodTrajectoryScore({ startMood: start, endMood: { ...start, patience: 80 } })).toBeGreaterThan(kept);
  });

  it('puts a pleasant path that ends with the concern unsolved in the critical band', () => {
    const scenario = minimalScenario();
    const opening = scenario.nodes.opening as Scenario['nodes'][string];
    // A warm, well-received answer that nevertheless lets the customer walk out.
    const blame = opening.responses?.find((r) => r.id === 'blame') as Response;
    Object.assign(blame, {
      tone: 'empathetic',
      techniques: ['empathy', 'open_question'],
      effects: { anger: -30, trust: 20 },
    });
    const unsolved = buildReport(scenario, playScript(scenario, ['blame']).log);
    expect(unsolved.outcome).toBe('customer_left_angry');
    expect(unsolved.overall.score).toBeLessThanOrEqual(CRITICAL_CAP);
    expect(unsolved.overall.capped?.de).toContain('ungelöst');
    expect(unsolved.escalation.reasons).toContainEqual(unsolved.overall.capped);
    // The same path with an ending that solves the concern is not capped.
    (scenario.nodes.left as Scenario['nodes'][string]).ending = {
      outcome: 'resolved',
      summary: { de: 'Gelöst.', en: 'Solved.' },
    };
    const solved = buildReport(scenario, playScript(scenario, ['blame']).log);
    expect(solved.overall.score).toBeGreaterThan(CRITICAL_CAP);
    expect(solved.overall.capped).toBeUndefined();
  });

  it('groups three timeouts at one decision into one key moment with a count', () => {
    const scenario = minimalScenario();
    const report = buildReport(
      scenario,
      playScript(scenario, ['timeout', 'timeout', 'timeout', 'empathise', 'offer']).log,
    );
    const hesitated = report.keyMoments.filter((m) => m.kind === 'hesitated');
    expect(hesitated).toHaveLength(1);
    expect(hesitated[0]?.count).toBe(3);
    expect(hesitated[0]?.times).toHaveLength(3);
  });

  it('keeps different moments apart when grouping', () => {
    const m = (node: string, at: number): KeyMoment => ({
      kind: 'hesitated',
      at,
      node,
      chosen: null,
      better: null,
      moodBefore: calm,
      moodAfter: calm,
      count: 1,
      times: [at],
    });
    const grouped = groupRepeats([m('a', 1), m('b', 2), m('a', 3)]);
    expect(grouped.map((g) => [g.node, g.count])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('explains a mistimed answer with its reason and a fitting alternative', () => {
    const scenario = minimalScenario();
    const empathise = scenario.nodes.opening?.responses?.find((r) => r.id === 'empathise') as Response;
    empathise.moment = { fits: false, why };
    const report = buildReport(scenario, playScript(scenario, ['empathise', 'offer']).log);
    const moment = report.keyMoments.find((k) => k.node === 'opening');
    expect(moment?.kind).toBe('missed');
    expect(moment?.chosen?.feedback).toEqual(why);
    expect(moment?.better?.text.de).toBe('Haben Sie sie entkalkt?');
  });
});

describe('recognising the type', () => {
  const scenario = minimalScenario();
  it('scores the right type 100 with its signs, another type 0 naming both', () => {
    const right = scoreTypeRecognition(scenario, scenario.customer.type);
    expect(right).toMatchObject({ correct: true, score: 100 });
    expect(right.feedback.de).toContain('Richtig');
    const other = scenario.customer.type === 'talkative' ? 'angry' : 'talkative';
    const wrong = scoreTypeRecognition(scenario, other);
    expect(wrong).toMatchObject({ correct: false, score: 0, answer: other });
    expect(wrong.feedback.en).toContain('it was');
    expect(scoreTypeRecognition(scenario, null).feedback.de).toContain('Keine Antwort');
  });

  it('is a separate line of the report that leaves the overall score alone', () => {
    const report = buildReport(scenario, playScript(scenario, ['empathise', 'offer']).log);
    const answered = withTypeAnswer(report, scenario, 'suspicious');
    expect(answered.overall).toEqual(report.overall);
    expect(answered.typeRecognition?.answer).toBe('suspicious');
    expect(report.typeRecognition).toBeUndefined();
  });
});
