import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { profileNames } from '../src/core/profile/values.ts';
import { loadScenario } from '../src/core/scenario/load.ts';
import { formatProblemIn, problemLanguage } from '../src/core/scenario/problem.ts';
import { countDecisions } from '../src/core/scenario/stats.ts';
import { PROFILE_FILE, readProfileFile } from './company-profile-file.ts';

const CATALOGUE = 'virtual:scenes';
const ONE = 'virtual:scene/';
const SCENARIO_FILE = /\.ya?ml$/i;

/**
 * Validates the bundled scenarios (scenes/*.yaml) at build time and hands the app plain data, so
 * the YAML parser and the schema library stay out of the trainee's download. The catalogue holds
 * what the menu shows; each scenario's full text is its own chunk, loaded when it starts.
 *
 * In the dev server a broken file is still listed, with its problems, so the author sees them in
 * the menu while editing; new and deleted files in scenes/ show up without a restart. `vite build`
 * fails on a broken file instead (with the checker's messages, German unless LANG is English), so
 * a red card never reaches trainees.
 */
export function scenesPlugin(dir = 'scenes'): Plugin {
  let root = process.cwd();
  let building = false;
  const folder = () => resolve(root, dir);
  // The catalogue and each scenario chunk read the same files: validate each version once.
  const cache = new Map<string, { mtime: number; result: ReturnType<typeof loadScenario> }>();
  const read = (name: string) => {
    const path = join(folder(), name);
    const mtime = statSync(path).mtimeMs;
    const hit = cache.get(path);
    if (hit && hit.mtime === mtime) return hit.result;
    // Checked against the bundled company profile where there is one (its names count as set).
    const profile = readProfileFile(root);
    const options = profile.ok ? { profile: profileNames(profile.profile, PROFILE_FILE) } : {};
    const result = loadScenario(readFileSync(path, 'utf8'), `${dir}/${name}`, options);
    cache.set(path, { mtime, result });
    return result;
  };
  const inFolder = (file: string) => file.startsWith(folder()) && SCENARIO_FILE.test(file);
  /** Drops the virtual modules so the next request re-reads scenes/, then reloads the page. */
  const refresh = (server: ViteDevServer) => {
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith('\0virtual:scene')) server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'counterpart-scenes',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    configureServer(server) {
      // addWatchFile only covers files that existed when the catalogue was built; a new file has
      // to be noticed through the folder itself.
      server.watcher.add(folder());
      const changed = (file: string) => {
        if (!inFolder(file)) return;
        cache.delete(file);
        refresh(server);
      };
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
    resolveId(id) {
      return id === CATALOGUE || id.startsWith(ONE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${CATALOGUE}`) {
        const names = readdirSync(folder())
          .filter((f) => SCENARIO_FILE.test(f))
          .sort();
        const lang = problemLanguage([], process.env);
        const results = names.map((name) => [name, read(name)] as const);
        const broken = results.flatMap(([, r]) => (r.ok ? [] : r.problems.filter((p) => p.severity === 'error')));
        if (building && broken.length > 0) {
          this.error(
            `${lang === 'de' ? 'Fehlerhafte Szenarien in' : 'Broken scenarios in'} ${dir}/ (npm run check:scenes):\n${broken.map((p) => formatProblemIn(p, lang)).join('\n')}`,
          );
        }
        const entries = results.map(([name, result]) => {
          this.addWatchFile(join(folder(), name));
          for (const p of result.problems) this.warn(formatProblemIn(p, lang));
          if (!result.ok)
            return `{ file: ${JSON.stringify(`${dir}/${name}`)}, summary: null, problems: ${JSON.stringify(result.problems)} }`;
          const s = result.scenario;
          const summary = {
            id: s.id,
            title: s.title,
            briefing: s.briefing,
            difficulty: s.difficulty,
            minutes: s.minutes,
            customerType: s.customer.type,
            placeholders: s.placeholders,
            longestPath: countDecisions(s).longestPath,
          };
          return `{ file: ${JSON.stringify(`${dir}/${name}`)}, summary: ${JSON.stringify(summary)}, problems: ${JSON.stringify(result.problems)}, load: () => import(${JSON.stringify(`${ONE}${name}`)}).then((m) => m.default) }`;
        });
        return `export default [${entries.join(',\n')}];`;
      }
      if (id.startsWith(`\0${ONE}`)) {
        const name = id.slice(ONE.length + 1);
        this.addWatchFile(join(folder(), name));
        const result = read(name);
        return `export default ${JSON.stringify(result.ok ? result.scenario : null)};`;
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(folder())) return undefined;
      refresh(server);
      return [];
    },
  };
}
