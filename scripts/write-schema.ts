/**
 * Writes scenes/scenario.schema.json and scenes/profile/company-profile.schema.json from the zod
 * schemas so editors can autocomplete scenarios and the company profile.
 */
import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from '../src/core/profile/json-schema';
import { scenarioJsonSchema } from '../src/core/scenario/json-schema';

for (const [path, schema] of [
  ['../scenes/scenario.schema.json', scenarioJsonSchema()],
  ['../scenes/profile/company-profile.schema.json', profileJsonSchema()],
] as const) {
  const target = new URL(path, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
