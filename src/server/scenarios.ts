import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyProfile } from '../core/profile/apply';
import { loadProfile } from '../core/profile/load';
import type { CompanyProfile } from '../core/profile/schema';
import { loadScenario } from '../core/scenario/load';
import type { Scenario } from '../core/scenario/schema';
import { scenarioFingerprint } from '../core/session/fingerprint';
import type { Queryable } from './db/adapter';

/**
 * The scenarios the app ships with (scenes/*.yaml), keyed by id; read once at start, with the
 * bundled company profile (scenes/profile/company-profile.yaml) filled in where there is one, so
 * titles read as in the app. The profile keeps each file's fingerprint (src/core/profile/apply.ts).
 */
export function loadBundledScenarios(dir: string): Map<string, Scenario> {
  const bundled = new Map<string, Scenario>();
  const profile = bundledProfile(dir);
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f))) {
    const result = loadScenario(readFileSync(join(dir, name), 'utf8'), name);
    if (result.ok) bundled.set(result.scenario.id, profile ? applyProfile(result.scenario, profile) : result.scenario);
  }
  return bundled;
}

function bundledProfile(dir: string): CompanyProfile | undefined {
  const file = join(dir, 'profile', 'company-profile.yaml');
  if (!existsSync(file)) return undefined;
  const result = loadProfile(readFileSync(file, 'utf8'), file);
  return result.ok ? result.profile : undefined;
}

/**
 * Finds the scenario a recording was made with: a bundled one, or one the team uploaded, in the
 * exact version recorded (same fingerprint). Parsed team scenarios are cached by fingerprint.
 */
export class ScenarioLookup {
  private readonly parsed = new Map<string, Scenario>();

  constructor(readonly bundled: Map<string, Scenario>) {}

  async find(db: Queryable, teamId: string, id: string, fingerprint: string): Promise<Scenario | undefined> {
    const own = this.bundled.get(id);
    if (own && scenarioFingerprint(own) === fingerprint) return own;
    const cached = this.parsed.get(`${teamId}/${fingerprint}`);
    if (cached?.id === id) return cached;
    const { rows } = await db.query<{ source: string }>(
      'SELECT source FROM scenarios WHERE team_id = $1 AND id = $2 AND fingerprint = $3',
      [teamId, id, fingerprint],
    );
    const source = rows[0]?.source;
    if (source === undefined) return undefined;
    const result = loadScenario(source, '(upload)');
    if (!result.ok) return undefined;
    this.parsed.set(`${teamId}/${fingerprint}`, result.scenario);
    return result.scenario;
  }
}
