import { describe, expect, it } from 'vitest';
import { giveawayStats, lintGiveaways, MAX_ANSWER_WORDS, wordCount } from '../../../src/core/scenario/lint-giveaway';
import type { Response, Scenario } from '../../../src/core/scenario/schema';
import { minimalScenario } from '../../support/scenarios';

const responsesOf = (scenario: Scenario, node: string) => scenario.nodes[node]?.responses as Response[];
const setText = (r: Response, de: string, en: string) => {
  r.text = { de, en };
};

describe('giveaway lint', () => {
  it('counts words as spoken, a placeholder as one word and a dash as none', () => {
    expect(wordCount('Tausch oder Reparatur – Auftrag {orderNumber}.')).toBe(5);
    expect(wordCount('  ')).toBe(0);
  });

  it('flags a file whose best answer is always the longest', () => {
    const scenario = minimalScenario();
    expect(giveawayStats(scenario)).toMatchObject({ decisions: 2, bestIsLongest: { de: 2, en: 2 } });
    const findings = lintGiveaways(scenario, 'error');
    expect(findings.filter((f) => f.message.en.includes('longest in 2 of 2'))).toHaveLength(2);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('is quiet once the best answer is no longer the longest', () => {
    const scenario = minimalScenario();
    const [empathise, blame] = responsesOf(scenario, 'opening');
    setText(empathise as Response, 'Erzählen Sie.', 'Tell me.');
    setText(
      blame as Response,
      'Haben Sie die Maschine denn auch regelmäßig entkalkt?',
      'Did you descale the machine regularly?',
    );
    const [offer, boss] = responsesOf(scenario, 'calmer');
    setText(offer as Response, 'Tausch oder Reparatur?', 'Exchange or repair?');
    setText(boss as Response, 'Ich hole jetzt gleich meine Chefin dazu.', "I'll get my manager right away.");
    expect(giveawayStats(scenario).bestIsLongest).toEqual({ de: 0, en: 0 });
    expect(lintGiveaways(scenario)).toEqual([]);
  });

  it('flags the best answer at one file position in every decision, and overlong answers', () => {
    const scenario = minimalScenario();
    // Three decisions, each with the best answer first.
    const calmer = scenario.nodes.calmer;
    if (calmer) scenario.nodes.third = { ...calmer };
    expect(giveawayStats(scenario).samePosition).toBe(0);
    expect(lintGiveaways(scenario).some((f) => f.message.en.includes('file position 1 in all 3 decisions'))).toBe(true);
    const [empathise] = responsesOf(scenario, 'opening');
    setText(
      empathise as Response,
      Array(MAX_ANSWER_WORDS + 1)
        .fill('Wort')
        .join(' '),
      'Short.',
    );
    const long = lintGiveaways(scenario).find((f) => f.path.join('.') === 'nodes.opening.responses.0.text.de');
    expect(long?.message.en).toContain(`${MAX_ANSWER_WORDS + 1} words`);
  });
});
