/**
 * `npm run play -- SCENARIO-ID MOVE...`: plays a path through a scenario (response ids, or
 * "interrupt" / "timeout") and prints the conversation, the ending and the scores in both
 * languages — the quickest way for an author to see what a path feels like and to write a
 * golden transcript (tests/golden/).
 */
import { buildReport } from '../src/core/scoring/report';
import { playScript } from '../tests/support/play';
import { scenarioFrom } from '../tests/support/scenarios';

const [id, ...moves] = process.argv.slice(2);
if (!id) {
  console.log('usage: npm run play -- SCENARIO-ID [MOVE...]');
  process.exit(1);
}
try {
  const scenario = scenarioFrom(`scenes/${id}.yaml`);
  for (const locale of ['de', 'en'] as const) {
    const run = playScript(scenario, moves, { locale });
    const report = buildReport(scenario, run.log);
    console.log(`\n— ${locale}`);
    for (const line of run.said) console.log(`  » ${line}`);
    console.log(
      `  ending: ${run.state.ending ? `${run.state.ending.node} (${run.state.ending.outcome})` : `none yet – waiting at "${run.state.beat.node}"`}`,
    );
    console.log(
      `  scores: tone ${report.tone.score}, structure ${report.structure.score}, escalation ${report.escalation.score}, overall ${report.overall.score}`,
    );
    for (const m of report.keyMoments) console.log(`  key moment: ${m.kind} at ${m.node}${m.better ? ` – better: ${m.better.text[locale]}` : ''}`);
  }
} catch (err) {
  console.log(`error: ${(err as Error).message}`);
  process.exit(1);
}
