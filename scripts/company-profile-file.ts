/** Where the bundled company profile lives and how the build and the checker read it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadProfile, type ProfileLoadResult } from '../src/core/profile/load.ts';

/** The profile bundled with the app: in its own folder, so nothing that reads scenes/*.yaml takes it for a scenario. */
export const PROFILE_FILE = 'scenes/profile/company-profile.yaml';

/** Reads and checks a profile file (the bundled one by default); an unreadable file is a problem, not a throw. */
export function readProfileFile(root: string = process.cwd(), file: string = PROFILE_FILE): ProfileLoadResult {
  let source: string;
  try {
    source = readFileSync(resolve(root, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    const messages = {
      de: `das Firmenprofil lässt sich nicht lesen (${code})`,
      en: `cannot read the company profile (${code})`,
    };
    return {
      ok: false,
      problems: [{ severity: 'error', file, line: 1, column: 1, path: '', message: messages.en, messages }],
    };
  }
  return loadProfile(source, file);
}
