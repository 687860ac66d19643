import { EventEmitter } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenesPlugin } from '../../../scripts/vite-plugin-scenes';
import { repoPath } from '../../support/scenarios';

// The plugin's hooks are called directly with a minimal stand-in for Vite's plugin context.
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: object, name: string) => (plugin as Record<string, Hook>)[name] as Hook;
const context = {
  addWatchFile() {},
  warn() {},
  error(message: string): never {
    throw new Error(message);
  },
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'scenes-plugin-'));
  mkdirSync(join(root, 'scenes'));
  copyFileSync(repoPath('tests/fixtures/scenes/valid/minimal.yaml'), join(root, 'scenes/minimal.yaml'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const pluginFor = (command: 'build' | 'serve') => {
  const plugin = scenesPlugin();
  hook(plugin, 'configResolved').call(context, { root, command });
  return plugin;
};
const catalogue = (plugin: object) => hook(plugin, 'load').call(context, '\0virtual:scenes') as string;

describe('the scenes plugin', () => {
  it('builds the catalogue of valid scenarios', () => {
    expect(catalogue(pluginFor('build'))).toContain('"id":"minimal"');
  });

  it('fails the build on a broken scenario, with the checker message, file and line', () => {
    const previous = process.env.LANG;
    process.env.LANG = 'en_GB.UTF-8';
    try {
      writeFileSync(
        join(root, 'scenes/broken.yaml'),
        'format: counterpart-scenario/1\nid: broken\ntitle:\n  de: Hallo: Welt\n',
      );
      expect(() => catalogue(pluginFor('build'))).toThrow(
        /scenes\/broken\.yaml:4:\d+: error: .*put this text in quotes/,
      );
    } finally {
      process.env.LANG = previous;
    }
  });

  it('lists a broken scenario with its problems in the dev server instead of failing', () => {
    writeFileSync(join(root, 'scenes/broken.yaml'), 'format: counterpart-scenario/1\n');
    const code = catalogue(pluginFor('serve'));
    expect(code).toContain('"file":"scenes/broken.yaml"'.replace('"file":', 'file: '));
    expect(code).toContain('summary: null');
  });

  it('reloads the dev server when a scenario file is added or removed', () => {
    const watcher = new EventEmitter() as EventEmitter & { add(path: string): void };
    const watched: string[] = [];
    watcher.add = (path) => watched.push(path);
    const invalidated: string[] = [];
    const sent: unknown[] = [];
    const server = {
      watcher,
      moduleGraph: {
        idToModuleMap: new Map([
          ['\0virtual:scenes', { id: '\0virtual:scenes' }],
          ['/src/main.tsx', { id: '/src/main.tsx' }],
        ]),
        invalidateModule: (m: { id: string }) => invalidated.push(m.id),
      },
      ws: { send: (message: unknown) => sent.push(message) },
    } as unknown as ViteDevServer;
    const plugin = pluginFor('serve');
    hook(plugin, 'configureServer').call(context, server);
    expect(watched).toEqual([join(root, 'scenes')]);

    watcher.emit('add', join(root, 'scenes/pharmacy.yaml'));
    expect(invalidated).toEqual(['\0virtual:scenes']);
    expect(sent).toEqual([{ type: 'full-reload' }]);

    watcher.emit('unlink', join(root, 'scenes/minimal.yaml'));
    watcher.emit('add', join(root, 'src/other.ts'));
    expect(sent).toHaveLength(2);
  });
});
