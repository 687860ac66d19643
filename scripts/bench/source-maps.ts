import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './paths';

/**
 * Maps a position in a served, minified chunk back to the original source file through the
 * build's source maps (`build.sourcemap: true` in vite.config.ts), as a path relative to the
 * repository, e.g. `src/scene/avatar/AvatarRig.tsx` or `node_modules/three/build/three.core.js`.
 */
export class SourceResolver {
  private readonly maps = new Map<string, { map: SourceMap; dir: string } | null>();

  /** `distDir` is the folder the served URLs' paths are files of. */
  constructor(private readonly distDir: string) {}

  /** Zero-based line and column, as CDP reports them. Null for code without a map (or not from this server). */
  original(url: string, line: number, column: number): string | null {
    const loaded = this.mapOf(url);
    if (!loaded) return null;
    const entry = loaded.map.findEntry(line, column);
    // An empty entry, or one without a source (generated code), has no original file.
    if (!('originalSource' in entry) || !entry.originalSource) return null;
    return repositoryPath(loaded.dir, entry.originalSource);
  }

  /**
   * A function's original place for reports: `file:line name`, the name from the map where it has
   * one (production code is minified), else `fallback` (the profile's name for it).
   */
  place(url: string, line: number, column: number, fallback: string): string | null {
    const loaded = this.mapOf(url);
    if (!loaded) return null;
    const entry = loaded.map.findEntry(line, column) as {
      originalSource?: string;
      originalLine?: number;
      name?: string;
    };
    if (!entry.originalSource) return null;
    const source = repositoryPath(loaded.dir, entry.originalSource);
    return `${source}:${(entry.originalLine ?? 0) + 1} ${entry.name ?? fallback}`;
  }

  private mapOf(url: string): { map: SourceMap; dir: string } | null {
    let loaded = this.maps.get(url);
    if (loaded === undefined) {
      loaded = null;
      const path = /^https?:\/\/[^/]+(\/[^?#]+\.js)/.exec(url)?.[1];
      const file = path ? join(this.distDir, path) : '';
      if (file && existsSync(`${file}.map`)) {
        loaded = { map: new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))), dir: dirname(file) };
      }
      this.maps.set(url, loaded);
    }
    return loaded;
  }
}

/** A source map's source, relative to the map's folder, as a path from the repository root. */
function repositoryPath(mapDir: string, source: string): string {
  return relative(ROOT, resolve(mapDir, source.replace(/^file:\/\//, ''))).replaceAll('\\', '/');
}

/**
 * Where an original source belongs: `src/<folder>[/<folder>]` for the app's own code, the package
 * for node_modules, `bench page` for the empty scene, `unmapped` for bundler glue without a map.
 */
export function groupOf(source: string | null): string {
  if (!source) return 'unmapped';
  const pkg = /(?:^|\/)node_modules\/(@[^/]+\/[^/]+|[^/]+)\//.exec(source);
  if (pkg) return pkg[1] as string;
  const app = /^src\/((?:[^/]+\/)*)[^/]+$/.exec(source);
  if (app) {
    const folders = (app[1] ?? '').split('/').filter(Boolean).slice(0, 2);
    return ['src', ...folders].join('/');
  }
  if (source.startsWith('scripts/bench/empty-scene/')) return 'bench page';
  return 'unmapped';
}

/** The app's own code: sources under src/. */
export const isAppSource = (group: string): boolean => group === 'src' || group.startsWith('src/');
