import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenario } from '../src/core/scenario/load.ts';
import { countDecisions } from '../src/core/scenario/stats.ts';

const CATALOGUE = 'virtual:scenes';
const ONE = 'virtual:scene/';

/**
 * Validates the bundled scenarios (scenes/*.yaml) at build time and hands the app plain data, so
 * the YAML parser and the schema library stay out of the trainee's download. The catalogue holds
 * what the menu shows; each scenario's full text is its own chunk, loaded when it starts. A broken
 * file is still listed, with its problems, so the menu can show it instead of the build failing.
 */
export function scenesPlugin(dir = 'scenes'): Plugin {
  let root = process.cwd();
  const folder = () => resolve(root, dir);
  // The catalogue and each scenario chunk read the same files: validate each version once.
  const cache = new Map<string, { mtime: number; result: ReturnType<typeof loadScenario> }>();
  const read = (name: string) => {
    const path = join(folder(), name);
    const mtime = statSync(path).mtimeMs;
    const hit = cache.get(path);
    if (hit && hit.mtime === mtime) return hit.result;
    const result = loadScenario(readFileSync(path, 'utf8'), `${dir}/${name}`);
    cache.set(path, { mtime, result });
    return result;
  };
  return {
    name: 'counterpart-scenes',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === CATALOGUE || id.startsWith(ONE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${CATALOGUE}`) {
        const names = readdirSync(folder())
          .filter((f) => /\.ya?ml$/i.test(f))
          .sort();
        const entries = names.map((name) => {
          this.addWatchFile(join(folder(), name));
          const result = read(name);
          for (const p of result.problems) this.warn(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
          if (!result.ok) return `{ file: ${JSON.stringify(`${dir}/${name}`)}, summary: null, problems: ${JSON.stringify(result.problems)} }`;
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
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(`\0virtual:scene`)) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
