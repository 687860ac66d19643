import { describe, expect, it } from 'vitest';
import { printTranscript } from '../../../src/app/print/print-transcript';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

describe('printed transcript', () => {
  const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');

  it('lists what the customer said and the trainee answered, in order, ending with the summary', () => {
    const run = playScript(scenario, ['not_responsible', 'threaten_to_end'], { locale: 'en' });
    const rows = printTranscript(scenario, run.log);
    // The opening line has several wordings; the print shows the one this run's seed picked.
    expect(run.said[0]).toMatch(/^Right\. That's it/);
    expect(rows[0]).toEqual({ who: 'customer', text: run.said[0] });
    const trainee = rows.filter((r) => r.who === 'trainee');
    const said = scenario.nodes.opening?.responses?.find((r) => r.id === 'not_responsible')?.text.en;
    expect(trainee.map((r) => r.who === 'trainee' && r.text)).toEqual([said, expect.any(String)]);
    expect(rows[rows.length - 1]?.who).toBe('ending');
  });

  it('marks an interruption', () => {
    const run = playScript(scenario, ['interrupt', 'calm_down', 'fetch_supervisor']);
    expect(printTranscript(scenario, run.log).some((r) => r.who === 'interrupt')).toBe(true);
  });
});
