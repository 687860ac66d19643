import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/schema';
import { LOCALES } from '../../../src/core/scenario/vocabulary';
import { bestResponse } from '../../../src/core/scoring/merit';
import { trace } from '../../../src/core/session/log';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

/** The nodes at which the trainee chose an answer along a path. */
function decidedAt(scenario: Scenario, moves: string[]): string[] {
  const run = playScript(scenario, moves);
  const nodes: string[] = [];
  for (const step of trace(scenario, run.log)) if (step.intent.type === 'choose') nodes.push(step.before.beat.node);
  return nodes;
}

const textsOf = (value: { de: string; en: string } | { de: string; en: string }[]) =>
  Array.isArray(value) ? value : [value];

describe('threat-end-relationship: the insult follows the trainee’s conduct', () => {
  const threat = scenarioFrom('scenes/threat-end-relationship.yaml');

  it('a customer kept calm only grumbles; after weaker conduct he insults', () => {
    const calm = decidedAt(threat, goldenMoves('threat-end-relationship', 'best'));
    expect(calm).toContain('grumbles');
    expect(calm).not.toContain('insults_employee');
    const worked = decidedAt(threat, goldenMoves('threat-end-relationship', 'insulted-after-weaker-start'));
    expect(worked).toContain('insults_employee');
    expect(worked).not.toContain('grumbles');
  });

  it('the best reply to the threat steps back and calls for help, where the node warrants it', () => {
    const node = threat.nodes.threatens_employee;
    const best = node && bestResponse(node);
    expect(best?.techniques).toEqual(expect.arrayContaining(['keep_distance', 'escalate_to_supervisor']));
    expect(node?.warrants).toEqual(expect.arrayContaining(['escalate_to_supervisor', 'boundary_setting']));
  });

  it('mentions no box on the counter, which the 3D scene does not show', () => {
    const described = [threat.briefing, threat.customer.description].flatMap((t) => (t ? [t.de, t.en] : [])).join('\n');
    expect(described).not.toMatch(/Karton|\bbox\b/i);
  });
});

describe('angry-repair-returned: the better alternative uses the facts he has given', () => {
  const angry = scenarioFrom('scenes/angry-repair-returned.yaml');

  it('the best answer after the outburst names E21 and the draining fault instead of asking for them', () => {
    const best = angry.nodes.describes_defect && bestResponse(angry.nodes.describes_defect);
    for (const locale of LOCALES) expect(best?.text[locale]).toContain('E21');
    expect(best?.text.de).toMatch(/pumpt nicht ab/);
    expect(best?.text.en).toMatch(/won't drain/);
    // He did give those facts: every wording of the line in his account that names the fault says
    // E21 and that it won't drain.
    const account = (angry.nodes.lets_off_steam?.say ?? []).flatMap((l) => textsOf(l.text));
    expect(account.filter((t) => t.de.includes('E21') && /pumpt .*nicht ab/i.test(t.de)).length).toBeGreaterThanOrEqual(
      2,
    );
  });
});
