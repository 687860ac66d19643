import { z } from 'zod';
import { BUNDLED_AVATARS } from './avatars.ts';
import { scenarioSchema } from './schema.ts';
import { DESCRIPTIONS_DE, FIELD_DESCRIPTIONS } from './schema-descriptions.ts';
import { labelOf } from './vocabulary-labels.ts';

type Json = { [key: string]: unknown };

const bilingual = (de: string, en: string) => `de: ${de} / en: ${en}`;

/**
 * The JSON Schema editors use (scenes/scenario.schema.json); a test keeps the committed copy in
 * sync. Every description reads "de: … / en: …", every enum value of the vocabularies is explained
 * (`enumDescriptions`, which VS Code shows while completing), and the avatar lists the bundled ids.
 */
export function scenarioJsonSchema(): unknown {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' }) as Json;
  annotate(schema, undefined);
  const customer = (schema.properties as Record<string, Json>).customer as Json;
  const avatar = (customer.properties as Record<string, Json>).avatar as Json;
  avatar.examples = BUNDLED_AVATARS.map((a) => a.id);
  avatar.anyOf = [
    {
      enum: BUNDLED_AVATARS.map((a) => a.id),
      enumDescriptions: BUNDLED_AVATARS.map(
        (a) => `${a.sex === 'female' ? 'Frau / woman' : 'Mann / man'}: ${a.description.de} / ${a.description.en}`,
      ),
    },
    { pattern: '\\.vrm$' },
  ];
  avatar.description = `${avatar.description as string} (${BUNDLED_AVATARS.map((a) => a.id).join(', ')})`;
  return schema;
}

/** Rewrites descriptions into both languages and explains enum values, depth first. */
function annotate(node: unknown, name: string | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) annotate(item, undefined);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Json;
  if (name !== undefined) {
    const english = typeof o.description === 'string' ? o.description : undefined;
    const german = english === undefined ? undefined : DESCRIPTIONS_DE[english];
    const fallback = FIELD_DESCRIPTIONS[name];
    if (english !== undefined && german !== undefined) o.description = bilingual(german, english);
    else if (english === undefined && fallback) o.description = bilingual(fallback.de, fallback.en);
  } else if (typeof o.description === 'string' && DESCRIPTIONS_DE[o.description]) {
    o.description = bilingual(DESCRIPTIONS_DE[o.description] as string, o.description);
  }
  if (Array.isArray(o.enum) && o.enum.length > 1 && o.enum.every((v) => typeof v === 'string')) {
    const values = o.enum as string[];
    const labels = values.map((v) => labelOf(v, values));
    if (labels.every((l) => l !== undefined)) o.enumDescriptions = labels.map((l) => `${l?.de} / ${l?.en}`);
  }
  for (const [key, value] of Object.entries(o)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [prop, schema] of Object.entries(value as Json)) annotate(schema, prop);
    } else if (key !== 'enum') annotate(value, undefined);
  }
}
