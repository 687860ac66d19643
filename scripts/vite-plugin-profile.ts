import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblemIn, problemLanguage } from '../src/core/scenario/problem.ts';
import { PROFILE_FILE, readProfileFile } from './company-profile-file.ts';

const MODULE = 'virtual:company-profile';

/**
 * Hands the app the bundled company profile (scenes/profile/company-profile.yaml) as plain data,
 * checked at build time like the scenarios: `vite build` fails on a broken profile with the
 * checker's messages; the dev server logs them and serves no profile (scenarios then keep their
 * own values). Its source text goes along, so the trainer's page can offer it for editing.
 */
export function profilePlugin(file = PROFILE_FILE): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'counterpart-company-profile',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === MODULE ? `\0${MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${MODULE}`) return undefined;
      this.addWatchFile(`${root}/${file}`);
      const result = readProfileFile(root, file);
      const lang = problemLanguage([], process.env);
      const shown = result.problems.map((p) => formatProblemIn(p, lang)).join('\n');
      if (!result.ok && building)
        this.error(`${lang === 'de' ? 'Fehlerhaftes Firmenprofil' : 'Broken company profile'}:\n${shown}`);
      if (!result.ok) this.warn(shown);
      const source = result.ok ? readSource(root, file) : '';
      return `export const file = ${JSON.stringify(file)};\nexport const profile = ${JSON.stringify(result.ok ? result.profile : null)};\nexport const source = ${JSON.stringify(source)};`;
    },
  };
}

function readSource(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
