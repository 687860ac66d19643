import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers, importsOf, LAYERS } from '../support/layers';
import { repoPath } from '../support/scenarios';

// One direction of dependencies (the rank table is in tests/support/layers.ts): app on top, then
// the feature folders, the services, the foundations i18n and nav, and core at the bottom.

function sourcesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(e.name)) out[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('layer check', () => {
  it('finds static, type, re-export, side-effect and dynamic imports', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b/b';",
      "export { c } from './c';",
      "import './d.css';",
      "const e = lazy(() => import('../e/e'));",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../b/b', './c', './d.css', '../e/e']);
  });

  it('reports an upward import with its file and specifier', () => {
    const violations = checkLayers({
      'core/vocabulary.ts': "export type Locale = 'de' | 'en';",
      'i18n/texts.ts': "import type { Locale } from '../core/vocabulary';\nimport { store } from '../state/session';",
      'state/session.ts': 'export const store = 1;',
    });
    expect(violations.map((v) => [v.file, v.specifier])).toEqual([['i18n/texts.ts', '../state/session']]);
    expect(violations[0]?.message).toContain('src/i18n/texts.ts');
    expect(violations[0]?.message).toContain('higher layer');
  });

  it('reports an import of a folder above from the bottom layer', () => {
    const violations = checkLayers({ 'core/rule.ts': "import { t } from '../i18n/texts';" });
    expect(violations.map((v) => v.file)).toEqual(['core/rule.ts']);
  });

  it('reports any import of the app from outside it', () => {
    const violations = checkLayers({ 'ui/Menu.tsx': "const x = import('../app/bundled-scenarios');" });
    expect(violations.map((v) => v.specifier)).toEqual(['../app/bundled-scenarios']);
  });

  it('reports a cycle between folders of one layer, naming each import of it', () => {
    const violations = checkLayers({
      'scene/Panel.tsx': "import { on } from '../xr/presence';",
      'xr/presence.ts': "import { layout } from '../scene/layout';",
      'ui/Menu.tsx': "import { layout } from '../scene/layout';",
    });
    expect(violations).toHaveLength(1);
    expect(violations[0]?.message).toContain('scene → xr → scene');
    expect(violations[0]?.message).toContain("src/scene/Panel.tsx imports '../xr/presence'");
    expect(violations[0]?.message).toContain("src/xr/presence.ts imports '../scene/layout'");
  });

  it('reports a folder missing from the rank table', () => {
    expect(checkLayers({ 'widgets/w.ts': '' })[0]?.message).toContain('"widgets" has no layer');
  });

  it('accepts downward and one-way sideways imports', () => {
    expect(
      checkLayers({
        'app/App.tsx': "import { Menu } from '../ui/Menu';",
        'ui/Menu.tsx': "import { s } from '../state/s';\nimport { x } from '../xr/x';",
        'xr/x.ts': "import { s } from '../state/s';",
        'state/s.ts': "import { c } from '../core/c';",
      }),
    ).toEqual([]);
  });

  it('holds for src/', () => {
    const sources = sourcesUnder(repoPath('src'));
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(new Set(Object.keys(sources).map((f) => f.split('/')[0]))).toEqual(new Set(Object.keys(LAYERS)));
    expect(checkLayers(sources).map((v) => v.message)).toEqual([]);
  });
});
