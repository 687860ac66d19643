/**
 * `npm run check:scenes [-- [--strict] FILE...]`: validates scenario files (all of scenes/ by default).
 * Exit code 0 when every file is valid, 1 otherwise. Warnings are printed but do not fail.
 * `--strict` (what `npm test` uses) makes the giveaway lint's findings errors: answers whose
 * length or position reveals the best one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenario, MAX_SCENARIO_BYTES } from '../src/core/scenario/load';
import { formatProblem } from '../src/core/scenario/problem';
import { giveawaySummary } from '../src/core/scenario/lint-giveaway';
import { countDecisions } from '../src/core/scenario/stats';

const strict = process.argv.includes('--strict');
const args = process.argv.slice(2).filter((a) => a !== '--strict');
const files =
  args.length > 0
    ? args
    : readdirSync('scenes')
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort()
        .map((f) => join('scenes', f));

let failed = false;
const ids = new Map<string, string>();
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  let source: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_SCENARIO_BYTES) {
      console.log(`${shown}:1:1: error: the file is too large (${Math.round(size / 1024)} KB; at most ${MAX_SCENARIO_BYTES / 1024} KB)`);
      failed = true;
      continue;
    }
    source = readFileSync(file, 'utf8');
  } catch (err) {
    console.log(`${shown}:1:1: error: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    failed = true;
    continue;
  }
  const result = loadScenario(source, shown, { giveaway: strict ? 'error' : 'warning' });
  for (const p of result.problems) console.log(formatProblem(p));
  if (!result.ok) {
    failed = true;
    continue;
  }
  const { scenario } = result;
  const previous = ids.get(scenario.id);
  if (previous) {
    console.log(`${shown}:1:1: error: id: the id "${scenario.id}" is already used by ${previous}`);
    failed = true;
  }
  ids.set(scenario.id, shown);
  const stats = countDecisions(scenario);
  console.log(
    `${shown}: ok – ${Object.keys(scenario.nodes).length} nodes, longest path ${stats.longestPath} decisions, endings: ${stats.outcomes.join(', ')}`,
  );
  console.log(`${shown}: answers – ${giveawaySummary(scenario)}`);
}
if (files.length === 0) {
  console.log('no scenario files found');
  failed = true;
}
process.exit(failed ? 1 : 0);
