import { fileURLToPath } from 'node:url';
import * as THREE from 'three';
import type { Plugin } from 'vite';
import * as threeCatalogue from '../src/scene/three-catalogue.ts';

const CATALOGUE = fileURLToPath(new URL('../src/scene/three-catalogue.ts', import.meta.url));
const R3F_ENTRY = /@react-three\/fiber\/dist\/react-three-fiber\.esm\.js$/;
const REGISTER_ALL = 'extend(THREE)';
/** Lower-case JSX element names in compiled code: jsx("mesh", …), createElement("group", …). */
const ELEMENT = /(?:jsxs?|jsxDEV|createElement)\(\s*"([a-z][A-Za-z0-9]*)"/g;
/** Names that are HTML or SVG elements as well as three classes; DOM pages use them (an SVG chart's <line>). */
const AMBIGUOUS = new Set(['line', 'path', 'audio', 'source']);

const pascal = (name: string) => `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;

/**
 * Production builds only: R3F's <Canvas> registers the whole three namespace for JSX
 * (`extend(THREE)`), so nothing of three can be tree-shaken. This swaps in the app's catalogue
 * (src/scene/three-catalogue.ts), and fails the build when a module in the bundle writes a
 * three element the catalogue lacks — R3F would otherwise throw at run time when it renders.
 */
export function threeCataloguePlugin(): Plugin {
  const elements = new Map<string, Set<string>>();
  return {
    name: 'counterpart:three-catalogue',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (R3F_ENTRY.test(id)) {
        if (!code.includes(REGISTER_ALL))
          this.error(
            `${id} no longer calls ${REGISTER_ALL}; check the three catalogue plugin against this R3F version`,
          );
        const swapped = code.replace(REGISTER_ALL, 'extend(__counterpartThreeCatalogue)');
        return {
          code: `import * as __counterpartThreeCatalogue from ${JSON.stringify(CATALOGUE)};\n${swapped}`,
          map: null,
        };
      }
      const names = new Set<string>();
      for (const match of code.matchAll(ELEMENT)) {
        const name = match[1] as string;
        if (!AMBIGUOUS.has(name) && pascal(name) in THREE) names.add(name);
      }
      if (names.size > 0) elements.set(id, names);
      return null;
    },
    generateBundle(_options, bundle) {
      const missing: string[] = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          if (module.renderedLength === 0) continue;
          for (const name of elements.get(id) ?? []) {
            if (!(pascal(name) in threeCatalogue)) missing.push(`<${name}> in ${id}`);
          }
        }
      }
      if (missing.length > 0) {
        this.error(
          `three classes used as JSX elements but missing from src/scene/three-catalogue.ts:\n  ${missing.join('\n  ')}`,
        );
      }
    },
  };
}
