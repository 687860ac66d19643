import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scenarioSchema } from '../src/core/scenario/schema';
for (const f of process.argv.slice(2)) { const r = scenarioSchema.safeParse(parse(readFileSync(f,'utf8'))); console.log(f, r.success ? 'ok' : JSON.stringify(r.error.issues, null, 1)); }
