import { z } from 'zod';
import { scenarioSchema } from './schema';

/** The JSON Schema editors use (scenes/scenario.schema.json); a test keeps the committed copy in sync. */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
}
