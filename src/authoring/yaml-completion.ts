import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { z } from 'zod';
import { BUNDLED_AVATAR_IDS } from '../core/scenario/avatars';
import { scenarioSchema } from '../core/scenario/schema';
import {
  CUSTOMER_TYPES,
  DIFFICULTIES,
  EMOTIONS,
  GESTURES,
  OUTCOMES,
  TECHNIQUES,
  TONES,
} from '../core/scenario/vocabulary';

/**
 * The avatars bundled in public/avatars/ (a scenario may also name a .vrm path). Kept here because
 * the schema only knows "a string"; the list matches the generated avatars.
 */
export const AVATAR_IDS: readonly string[] = [...BUNDLED_AVATAR_IDS].sort();

/** The values a field takes, by the field's name. */
const VALUES: Readonly<Record<string, readonly string[]>> = {
  type: CUSTOMER_TYPES,
  tone: TONES,
  techniques: TECHNIQUES,
  emotion: EMOTIONS,
  gesture: GESTURES,
  outcome: OUTCOMES,
  difficulty: DIFFICULTIES,
  avatar: AVATAR_IDS,
};

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The field names of the schema, by the name of the field they sit under (`customer` → type, name,
 * …; `nodes.*` → the fields of a node, whose own key is its id; `` → the top level), each with the
 * schema's description. Read off the zod schema, so a new field completes without a change here.
 */
function fieldsByParent(): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const seen = new Set<z.ZodType>();
  const walk = (schema: z.ZodType | undefined, parent: string, description?: string) => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(schema);
    if (def.type === 'object' && def.shape) {
      const fields = found.get(parent) ?? new Map<string, string>();
      found.set(parent, fields);
      for (const [key, value] of Object.entries(def.shape)) {
        fields.set(key, value.description ?? fields.get(key) ?? '');
        walk(value, key);
      }
      return;
    }
    if (def.type === 'record') return walk(def.valueType, `${parent}.*`, description);
    if (def.type === 'lazy' && def.getter) return walk(def.getter(), parent);
    for (const inner of [def.innerType, def.element, def.in, def.out, def.left, def.right, ...(def.options ?? [])])
      walk(inner, parent);
  };
  walk(scenarioSchema as unknown as z.ZodType, '');
  return found;
}

let fields: Map<string, Map<string, string>> | null = null;

const indentOf = (line: string) => line.length - line.replace(/^[\s-]*/, '').length;
const KEY = /^[\s-]*([\w]+)\s*:/;

/**
 * The keys of the enclosing fields, nearest first, found by walking up to lines that start further
 * left. A `- ` item line opens an object without a key of its own, so the walk goes on to its list's field.
 */
function parentKeys(lines: readonly string[], limit: number): string[] {
  const keys: string[] = [];
  for (let i = lines.length - 1; i >= 0 && limit > 0; i--) {
    const line = lines[i] as string;
    const at = line.search(/\S/);
    if (at < 0 || line.trimStart().startsWith('#') || at >= limit) continue;
    limit = at;
    if (/^\s*-(\s|$)/.test(line)) continue;
    const key = KEY.exec(line)?.[1];
    if (key) keys.push(key);
  }
  return keys;
}

function fieldOptions(parents: string[]): Completion[] {
  fields ??= fieldsByParent();
  const [parent = '', grand] = parents;
  const found =
    fields.get(parent) ??
    (grand !== undefined ? fields.get(`${grand}.*`) : undefined) ??
    (parents.length === 0 ? fields.get('') : undefined);
  const all = found ?? new Map([...fields.values()].flatMap((m) => [...m]));
  return [...all].map(([label, info]) => ({ label, type: 'property', apply: `${label}: `, ...(info ? { info } : {}) }));
}

/**
 * Completes field names (from the schema, for the place the cursor is in) and the fixed values of
 * the fields that have them: customer types, tones, techniques, gestures, emotions, outcomes,
 * difficulties and avatar ids.
 */
export function scenarioCompletion(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  const word = context.matchBefore(/[\w-]*/);
  const from = word ? word.from : context.pos;
  if (before.trimStart().startsWith('#')) return null;

  // `field: va|` or `techniques: [a, b|`: a value.
  const value = /^[\s-]*([\w]+)\s*:\s*(\[[^\]]*)?[\w-]*$/.exec(before);
  if (value) {
    const options = VALUES[value[1] as string];
    return options ? { from, options: options.map((label) => ({ label, type: 'enum' })) } : null;
  }
  // `- val|` under a block list of a field with values (`techniques:` then `- empathy`).
  const lines = context.state.doc.sliceString(0, line.from).split('\n');
  const listItem = /^\s*-\s+[\w-]*$/.test(before);
  if (listItem) {
    const [parent] = parentKeys(lines, before.indexOf('-'));
    const options = parent ? VALUES[parent] : undefined;
    if (options) return { from, options: options.map((label) => ({ label, type: 'enum' })) };
  }
  // `fie|` at the start of a line (or after `- `): a field name.
  if (/^[\s-]*[\w]*$/.test(before)) {
    if (!context.explicit && word?.from === word?.to) return null;
    return { from, options: fieldOptions(parentKeys(lines, indentOf(before))), validFor: /^\w*$/ };
  }
  return null;
}
