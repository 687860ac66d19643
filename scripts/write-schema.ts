/** Writes scenes/scenario.schema.json from the zod schema so editors can autocomplete scenarios. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/core/scenario/json-schema';

const target = new URL('../scenes/scenario.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
