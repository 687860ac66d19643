import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localize, placeholderValues } from '../../src/core/dialogue/text';
import { ENGINE_RULES } from '../../src/core/dialogue/types';
import type { Scenario } from '../../src/core/scenario/schema';
import { LOCALES, type Locale } from '../../src/core/scenario/vocabulary';
import { buildReport } from '../../src/core/scoring/report';
import { replay } from '../../src/core/session/log';
import { playScript } from '../support/play';
import { repoPath, scenarioFrom } from '../support/scenarios';

/**
 * Golden transcripts: each `<scenario>.golden.yaml` lists paths through a scenario (the moves of
 * a trainee), the lines the customer must say on the way (in order, per language), the ending and
 * the score bands the rubric must give. Yarn Spinner's testplans work the same way.
 */
interface GoldenPath {
  name: string;
  moves: string[];
  ending: string;
  outcome: string;
  says: Record<'de' | 'en', string[]>;
  scores: Partial<Record<'overall' | 'tone' | 'structure' | 'escalation', [number, number]>>;
  keyMoments?: { missedAtLeast?: number };
}

/** Each customer line's text (placeholders filled) → all wordings of that same line. */
function siblingWordings(scenario: Scenario, locale: Locale): Map<string, Set<string>> {
  const values = placeholderValues(scenario, locale);
  const map = new Map<string, Set<string>>();
  for (const node of Object.values(scenario.nodes)) {
    const lists = [
      node.say,
      ...(node.variants ?? []).map((v) => v.say),
      node.interrupt?.say ?? [],
      node.onTimeout?.say ?? [],
    ];
    for (const line of lists.flat()) {
      const texts = (Array.isArray(line.text) ? line.text : [line.text]).map((w) => localize(w, locale, values));
      const set = new Set(texts);
      for (const text of texts) map.set(text, new Set([...(map.get(text) ?? []), ...set]));
    }
  }
  return map;
}

const files = readdirSync(repoPath('tests/golden')).filter((f) => f.endsWith('.golden.yaml'));
const scenes = readdirSync(repoPath('scenes')).filter((f) => f.endsWith('.yaml'));

it('every scenario has a golden file with a best and a worst path', () => {
  for (const scene of scenes) {
    const golden = scene.replace(/\.yaml$/, '.golden.yaml');
    expect(files).toContain(golden);
    const names = (parse(readFileSync(repoPath(`tests/golden/${golden}`), 'utf8')).paths as GoldenPath[]).map(
      (p) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(['best', 'worst']));
  }
});

for (const file of files) {
  const golden = parse(readFileSync(repoPath(`tests/golden/${file}`), 'utf8')) as {
    scenario: string;
    paths: GoldenPath[];
  };
  describe(golden.scenario, () => {
    const scenario = scenarioFrom(`scenes/${golden.scenario}.yaml`);
    for (const path of golden.paths) {
      for (const locale of LOCALES) {
        it(`${path.name} (${locale})`, () => {
          const run = playScript(scenario, path.moves, { locale, rules: ENGINE_RULES });
          expect(run.state.ending).toEqual({ node: path.ending, outcome: path.outcome });
          // The expected lines appear in this order among everything the customer said, each in any
          // of its alternative wordings (which one is the seeded generator's pick; replay equality
          // below holds the exact pick).
          const wordings = siblingWordings(scenario, locale);
          let from = 0;
          for (const line of path.says[locale]) {
            const accepted = wordings.get(line) ?? new Set([line]);
            const at = run.said.findIndex((said, i) => i >= from && accepted.has(said));
            expect(at, `"${line}" not said (after line ${from}) in:\n${run.said.join('\n')}`).toBeGreaterThanOrEqual(0);
            from = at + 1;
          }
          const report = buildReport(scenario, run.log);
          for (const [key, [min, max]] of Object.entries(path.scores) as [
            keyof GoldenPath['scores'],
            [number, number],
          ][]) {
            const score = key === 'overall' ? report.overall.score : report[key].score;
            expect(score, `${key} score`).toBeGreaterThanOrEqual(min);
            expect(score, `${key} score`).toBeLessThanOrEqual(max);
          }
          if (path.keyMoments?.missedAtLeast !== undefined) {
            expect(report.keyMoments.filter((m) => m.kind === 'missed').length).toBeGreaterThanOrEqual(
              path.keyMoments.missedAtLeast,
            );
          }
          // The replay of the recorded log re-enacts the very same conversation.
          expect(replay(scenario, run.log)).toEqual(run.state);
        });
      }
    }
  });
}
