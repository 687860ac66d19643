/**
 * `npm run check:scenes [-- [--strict] [--lang de|en] [--profile FILE] FILE...]`: validates scenario
 * files (all of scenes/ by default) against the company profile (scenes/profile/company-profile.yaml
 * unless `--profile` names another): a placeholder neither the scenario nor the profile sets is an
 * error. Exit code 0 when every file is valid, 1 otherwise. Warnings are printed but
 * do not fail. `--strict` (what `npm test` uses) makes the giveaway lint's findings errors:
 * answers whose length or position reveals the best one. Messages are German unless `--lang en`
 * is given or LANG / LC_ALL name English (`LANG=en_GB.UTF-8`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { profileNames } from '../src/core/profile/values';
import { giveawaySummary } from '../src/core/scenario/lint-giveaway';
import { loadScenario, MAX_SCENARIO_BYTES } from '../src/core/scenario/load';
import { formatProblemIn, type Message, problemLanguage } from '../src/core/scenario/problem';
import { countDecisions } from '../src/core/scenario/stats';
import { PROFILE_FILE, readProfileFile } from './company-profile-file';

const argv = process.argv.slice(2);
const lang = problemLanguage(argv, process.env);
const strict = argv.includes('--strict');
const profileAt = argv.indexOf('--profile');
const profileFile = profileAt >= 0 ? (argv[profileAt + 1] ?? PROFILE_FILE) : PROFILE_FILE;
const args = argv.filter(
  (a, i) =>
    a !== '--strict' &&
    a !== '--profile' &&
    !a.startsWith('--lang') &&
    argv[i - 1] !== '--lang' &&
    argv[i - 1] !== '--profile',
);
const files =
  args.length > 0
    ? args
    : readdirSync('scenes')
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort()
        .map((f) => join('scenes', f));

const say = (m: Message) => m[lang];
const ERROR = say({ de: 'Fehler', en: 'error' });

let failed = false;
const profileResult = readProfileFile(process.cwd(), profileFile);
for (const p of profileResult.problems) console.log(formatProblemIn(p, lang));
if (profileResult.ok) console.log(`${profileFile}: ok`);
else failed = true;
const profile = profileResult.ok ? profileNames(profileResult.profile, profileFile) : undefined;
const ids = new Map<string, string>();
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  let source: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_SCENARIO_BYTES) {
      const kb = Math.round(size / 1024);
      const max = MAX_SCENARIO_BYTES / 1024;
      console.log(
        `${shown}:1:1: ${ERROR}: ${say({ de: `die Datei ist zu groß (${kb} KB; höchstens ${max} KB)`, en: `the file is too large (${kb} KB; at most ${max} KB)` })}`,
      );
      failed = true;
      continue;
    }
    source = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    console.log(
      `${shown}:1:1: ${ERROR}: ${say({ de: `die Datei lässt sich nicht lesen (${code})`, en: `cannot read the file (${code})` })}`,
    );
    failed = true;
    continue;
  }
  const result = loadScenario(source, shown, {
    giveaway: strict ? 'error' : 'warning',
    ...(profile ? { profile } : {}),
  });
  for (const p of result.problems) console.log(formatProblemIn(p, lang));
  if (!result.ok) {
    failed = true;
    continue;
  }
  const { scenario } = result;
  const previous = ids.get(scenario.id);
  if (previous) {
    console.log(
      `${shown}:1:1: ${ERROR}: id: ${say({ de: `die id „${scenario.id}“ verwendet schon ${previous}`, en: `the id "${scenario.id}" is already used by ${previous}` })}`,
    );
    failed = true;
  }
  ids.set(scenario.id, shown);
  const stats = countDecisions(scenario);
  const nodes = Object.keys(scenario.nodes).length;
  console.log(
    `${shown}: ok – ${say({
      de: `${nodes} Knoten, längster Weg ${stats.longestPath} Entscheidungen, Enden: ${stats.outcomes.join(', ')}`,
      en: `${nodes} nodes, longest path ${stats.longestPath} decisions, endings: ${stats.outcomes.join(', ')}`,
    })}`,
  );
  console.log(`${shown}: answers – ${giveawaySummary(scenario)}`);
}
if (files.length === 0) {
  console.log(say({ de: 'keine Szenariodateien gefunden', en: 'no scenario files found' }));
  failed = true;
}
process.exit(failed ? 1 : 0);
