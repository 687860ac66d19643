import { describe, expect, it } from 'vitest';
import { checkProtocol } from '../../../src/core/protocol/check';
import { finalMoodCategory, fittingFinalMoods, moodCategory } from '../../../src/core/protocol/mood-category';
import type { ConversationProtocol } from '../../../src/core/protocol/schema';
import { sessionFactsOf } from '../../../src/core/protocol/session-facts';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

const mood = (anger: number, trust: number) => ({ anger, trust, patience: 50 });

describe('final mood: one source of truth with the outcome', () => {
  it('never calls a customer who left angry calmer than upset', () => {
    expect(finalMoodCategory(mood(25, 15), 'customer_left_angry')).toBe('upset');
    expect(finalMoodCategory(mood(5, 90), 'customer_left_angry')).toBe('upset');
    expect(finalMoodCategory(mood(60, 10), 'customer_left_angry')).toBe('upset');
    expect(finalMoodCategory(mood(90, 0), 'customer_left_angry')).toBe('angry');
    expect([...fittingFinalMoods(mood(25, 15), 'customer_left_angry')].sort()).toEqual(['angry', 'upset']);
  });

  it('leaves every other outcome to the numbers', () => {
    expect(finalMoodCategory(mood(25, 15), 'resolved')).toBe(moodCategory(mood(25, 15)));
    expect(finalMoodCategory(mood(75, 10), 'relationship_ended')).toBe('angry');
    expect(finalMoodCategory(mood(5, 90), null)).toBe('calm');
  });

  // The path of issue 11's screenshot: the outcome says "Customer left angry" at moderate anger.
  for (const [id, path] of [
    ['indecisive-laptop-choice', 'worst'],
    ['suspicious-warranty-fee', 'wrong-moment-sales'],
    ['talkative-pension-story', 'worst'],
  ] as const) {
    it(`${id} (${path}): the protocol check agrees with the outcome chip`, () => {
      const scenario = scenarioFrom(`scenes/${id}.yaml`);
      const run = playScript(scenario, goldenMoves(id, path));
      const facts = sessionFactsOf(scenario, run.log);
      expect(facts.ending?.outcome).toBe('customer_left_angry');
      const protocol = (noted: ConversationProtocol['mood']): ConversationProtocol => ({
        concern: 'x',
        agreement: 'Keine Einigung, Kunde ist gegangen.',
        followUp: null,
        mood: noted,
      });
      for (const noted of ['angry', 'upset'] as const) {
        const check = checkProtocol(protocol(noted), facts, []);
        expect(check.parts.mood).toBe(20);
        expect(check.reasons.map((r) => r.en).join(' ')).not.toMatch(/but the customer was/);
      }
      const calm = checkProtocol(protocol('calm'), facts, []);
      expect(calm.parts.mood).toBe(0);
      expect(calm.reasons.map((r) => r.en)).toContain('Mood at the end noted as calm, but the customer left angry.');
      expect(calm.reasons.map((r) => r.de)).toContain(
        'Stimmung am Ende als ruhig notiert, der Kunde ist aber verärgert gegangen.',
      );
    });
  }
});
