import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/schema';
import { buildReport } from '../../../src/core/scoring/report';
import { playScript } from '../../support/play';
import { minimalScenario } from '../../support/scenarios';

// Hand-written transcripts on the minimal fixture; the expected figures are worked out by hand
// from the rubric in docs/scoring.md (start mood: anger 75, trust 30, patience 40).
const scenario = minimalScenario();
const report = (moves: string[], s: Scenario = scenario) => buildReport(s, playScript(s, moves).log);

describe('feedback report', () => {
  it('best path: empathise, then offer alternatives with next steps', () => {
    const r = report(['empathise', 'offer']);
    expect(r.finished).toBe(true);
    expect(r.outcome).toBe('resolved');
    // tone: mean(empathetic 100, factual 95) = 97.5
    expect(r.tone.score).toBe(98);
    // structure: acknowledge, offer, commit of five steps = 60, −10 for an offer without any clarifying question
    expect(r.structure.score).toBe(50);
    expect(r.structure.reasons.map((x) => x.en).join(' ')).toMatch(/before asking a single clarifying question/);
    expect(r.structure.reasons.map((x) => x.en).join(' ')).toMatch(
      /Missing: clarify with questions, summarise neutrally/,
    );
    // escalation: 0.5 × resolved 100 + 0.5 × (50 + ½·40 less anger + ½·30 more trust = 85)
    expect(r.escalation.score).toBe(93);
    expect(r.overall.score).toBe(80); // (98 + 50 + 93) / 3
    expect(r.overall.verdict).toEqual({ de: 'Gut', en: 'Good' });
    expect(r.keyMoments.map((m) => m.kind)).toEqual(['strong', 'strong']);
    expect(r.moodTimeline.map((p) => p.mood.anger)).toEqual([75, 55, 35]);
    expect(r.decisions).toBe(2);
  });

  it('worst path: a defensive answer to an angry customer', () => {
    const r = report(['blame']);
    expect(r.outcome).toBe('customer_left_angry');
    expect(r.tone.score).toBe(25);
    expect(r.structure.score).toBe(0);
    // 0.5 × 10 + 0.5 × (50 − 10 − 5) − 10 for a defensive answer while anger ≥ 60 = 12.5
    expect(r.escalation.score).toBe(13);
    expect(r.escalation.reasons.map((x) => x.de).join(' ')).toMatch(/gereizt reagiert/);
    expect(r.overall.verdict.en).toBe('Needs work');
    const [moment] = r.keyMoments;
    expect(moment?.kind).toBe('missed');
    expect(moment?.chosen?.text.de).toBe('Haben Sie sie entkalkt?');
    expect(moment?.better?.text.en).toBe('That is annoying, tell me.');
    expect(moment?.better?.feedback.de).toBe('Gefühl anerkannt.');
  });

  it('penalises handing over without need, but not where the node warrants it', () => {
    const early = report(['empathise', 'boss']);
    expect(early.outcome).toBe('escalated_to_supervisor');
    // 0.5 × 70 + 0.5 × (50 + 10 + 2.5) − 15 for an unwarranted hand-over = 51.25
    expect(early.escalation.score).toBe(51);
    expect(early.escalation.reasons.map((x) => x.en).join(' ')).toMatch(/Handing over to a supervisor without need/);
    expect(early.keyMoments.map((m) => m.kind)).toEqual(['strong', 'missed']);

    const calmer = scenario.nodes.calmer;
    if (!calmer) throw new Error('fixture changed');
    const warranted: Scenario = {
      ...scenario,
      nodes: { ...scenario.nodes, calmer: { ...calmer, warrants: ['escalate_to_supervisor'] } },
    };
    expect(report(['empathise', 'boss'], warranted).escalation.score).toBe(66);
  });

  it('interrupting an angry customer costs tone and escalation', () => {
    const r = report(['interrupt', 'empathise', 'offer']);
    // tone: mean(unfit interrupt 10, 100, 95) = 68.3
    expect(r.tone.score).toBe(68);
    expect(r.tone.reasons.map((x) => x.en).join(' ')).toMatch(/let off steam/);
    // the interruption raised anger to 85, so the empathic answer leaves 65 (> 60): the customer stays angry
    expect(r.moodTimeline.map((p) => p.mood.anger)).toEqual([75, 85, 65, 45]);
    // 0.5 × 100 + 0.5 × (50 + 15 + 15) − 10 = 80
    expect(r.escalation.score).toBe(80);
    expect(r.keyMoments.map((m) => m.kind)).toEqual(['interrupted', 'strong', 'strong']);
  });

  it('a timeout is a key moment with the better answer, and costs patience', () => {
    const r = report(['timeout', 'empathise', 'offer']);
    expect(r.keyMoments[0]).toMatchObject({
      kind: 'hesitated',
      chosen: { feedback: { en: 'You hesitated too long.' } },
      better: { text: { de: 'Das ist ärgerlich, erzählen Sie.' } },
    });
    expect(r.moodTimeline[1]?.mood.patience).toBe(30);
  });

  it('reports body language only where measured, and latency from the log', () => {
    const run = playScript(scenario, ['empathise', 'offer'], { thinkMs: 4000 });
    const without = buildReport(scenario, run.log);
    expect(without.bodyLanguage.filter((b) => b.measured).map((b) => b.key)).toEqual(['latency']);
    expect(without.bodyLanguage.find((b) => b.key === 'eyeContact')?.verdict.de).toBe('nicht gemessen');
    expect(without.bodyLanguage.find((b) => b.key === 'latency')?.value).toBe(4000);
    const withBody = buildReport(scenario, run.log, { source: 'headset', eyeContact: 0.2, distanceChange: -0.3 });
    expect(withBody.bodyLanguage.find((b) => b.key === 'eyeContact')).toMatchObject({
      measured: true,
      value: 0.2,
      verdict: { en: 'You often looked away while the customer spoke.' },
    });
    expect(withBody.bodyLanguage.find((b) => b.key === 'distance')?.verdict.en).toMatch(/moved closer/);
  });

  it('marks an unfinished conversation', () => {
    const run = playScript(scenario, ['empathise']);
    const r = buildReport(scenario, run.log);
    expect(r.finished).toBe(false);
    expect(r.outcome).toBeNull();
    expect(r.escalation.reasons[0]?.en).toBe('The conversation was not finished.');
  });
});

describe('ending rating', () => {
  it('rates the ending by its score, and an unwarranted hand-over no better than mixed', () => {
    expect(report(['empathise', 'offer']).endingRating).toBe('good');
    expect(report(['blame']).endingRating).toBe('poor');
    // escalated_to_supervisor scores 70 by default (good), but handing over early was a shortcut
    expect(report(['empathise', 'boss']).endingRating).toBe('mixed');
    const calmer = scenario.nodes.calmer;
    if (!calmer) throw new Error('fixture changed');
    const warranted: Scenario = {
      ...scenario,
      nodes: { ...scenario.nodes, calmer: { ...calmer, warrants: ['escalate_to_supervisor'] } },
    };
    expect(report(['empathise', 'boss'], warranted).endingRating).toBe('good');
  });

  it('has no rating before an ending', () => {
    expect(report(['empathise']).endingRating).toBeNull();
  });
});
