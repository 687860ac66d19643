import { posix } from 'node:path';

/**
 * The rank table of src/: every top-level folder and its layer, top to bottom. A file may import
 * its own folder, any folder of a lower layer, and a folder of its own layer as long as the
 * folders of that layer import each other in one direction only (no cycle). Nothing imports
 * `app`: it is alone at the top. A new folder under src/ must be added here, or the check fails.
 *
 *  4 app         entry, routes, lazy screens, lifecycle, print page
 *  3 features    ui (DOM screens), review (trainer replay), records (data and history pages),
 *                authoring (the trainer's scenario page: load, check, edit, play-test),
 *                scene (3D world), xr (VR session and controls), input (keyboard, controllers),
 *                lrs (cmi5 launch, statement delivery to an LRS, its notice and settings)
 *                team (pairing, uploads, the trainer's #/team page), server (the team server,
 *                a Node program that imports core only; tests/unit/server-imports.test.ts)
 *  2 services    speech, state (stores), storage (IndexedDB), recording (saving and exporting sessions),
 *                voice (microphone capture and voice mode's turns)
 *  1 foundations i18n (texts, Intl formatting), nav (hash routes, deep links)
 *  0 core        the pure engine, below everything (tests/unit/core-purity.test.ts keeps it free of
 *                anything else; i18n sits above it because core returns its own localized messages)
 */
export const LAYERS: Readonly<Record<string, number>> = {
  app: 4,
  ui: 3,
  review: 3,
  records: 3,
  lrs: 3,
  authoring: 3,
  scene: 3,
  xr: 3,
  input: 3,
  team: 3,
  server: 3,
  speech: 2,
  state: 2,
  storage: 2,
  recording: 2,
  voice: 2,
  i18n: 1,
  nav: 1,
  core: 0,
};

/** One import that breaks the rules, named by the importing file and the import as written. */
export interface LayerViolation {
  file: string;
  specifier: string;
  message: string;
}

/** Every module path a file names: static imports and re-exports, side-effect imports, `import()`. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier) found.push(specifier);
  }
  return found;
}

const folderOf = (srcPath: string): string => srcPath.split('/')[0] as string;

/**
 * Checks the imports of a source tree against the rank table. `sources` maps paths relative to
 * src/ (`ui/StartMenu.tsx`) to their text; the result is empty when every import points down or
 * sideways without a cycle.
 */
export function checkLayers(sources: Readonly<Record<string, string>>, layers = LAYERS): LayerViolation[] {
  const violations: LayerViolation[] = [];
  // Same-layer folder imports, with the first file and import that makes each one (for the message).
  const sideways = new Map<string, Map<string, { file: string; specifier: string }>>();
  for (const [file, text] of Object.entries(sources)) {
    const from = folderOf(file);
    const fromLayer = layers[from];
    if (fromLayer === undefined) {
      violations.push({ file, specifier: '', message: `src/${file}: folder "${from}" has no layer in the rank table` });
      continue;
    }
    for (const specifier of importsOf(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier.split('?')[0] as string));
      if (target.startsWith('..')) continue; // outside src/ (none today; scripts are not layered)
      const to = folderOf(target);
      if (to === from) continue;
      const toLayer = layers[to];
      if (toLayer === undefined) {
        violations.push({
          file,
          specifier,
          message: `src/${file} imports '${specifier}': folder "${to}" has no layer in the rank table`,
        });
      } else if (toLayer > fromLayer) {
        violations.push({
          file,
          specifier,
          message: `src/${file} imports '${specifier}': ${from} (layer ${fromLayer}) must not import ${to} (layer ${toLayer}), a higher layer`,
        });
      } else if (toLayer === fromLayer) {
        const edges = sideways.get(from) ?? new Map();
        sideways.set(from, edges);
        if (!edges.has(to)) edges.set(to, { file, specifier });
      }
    }
  }
  for (const cycle of folderCycles(sideways)) {
    const steps = cycle.map((from, i) => {
      const to = cycle[(i + 1) % cycle.length] as string;
      const edge = sideways.get(from)?.get(to) as { file: string; specifier: string };
      return `src/${edge.file} imports '${edge.specifier}'`;
    });
    const first = sideways.get(cycle[0] as string)?.get(cycle[1 % cycle.length] as string) as {
      file: string;
      specifier: string;
    };
    violations.push({
      file: first.file,
      specifier: first.specifier,
      message: `folders of one layer import each other in a cycle ${[...cycle, cycle[0]].join(' → ')}: ${steps.join('; ')}`,
    });
  }
  return violations;
}

/** The cycles among same-layer folders, one per strongly connected group, as a folder path round it. */
function folderCycles(edges: Map<string, Map<string, unknown>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of [...edges.keys()].sort()) {
    if (done.has(start)) continue;
    // Depth-first from `start`; the first path that comes back to a folder on the stack is a cycle.
    const stack: string[] = [];
    const onStack = new Set<string>();
    const visit = (folder: string): string[] | null => {
      stack.push(folder);
      onStack.add(folder);
      for (const next of [...(edges.get(folder)?.keys() ?? [])].sort()) {
        if (onStack.has(next)) return stack.slice(stack.indexOf(next));
        if (done.has(next)) continue;
        const found = visit(next);
        if (found) return found;
      }
      stack.pop();
      onStack.delete(folder);
      done.add(folder);
      return null;
    };
    const cycle = visit(start);
    if (cycle) {
      cycles.push(cycle);
      for (const folder of cycle) done.add(folder);
    }
  }
  return cycles;
}
