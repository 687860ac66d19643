import * as z from 'zod/mini';
import type { Intent } from '../dialogue/types';

/** The longest session a recording may describe (ms): three hours is far beyond any conversation. */
export const MAX_SESSION_MS = 3 * 60 * 60 * 1000;

export const sessionTimeSchema = z.number().check(z.minimum(0), z.maximum(MAX_SESSION_MS));
const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/));

/** The engine's intents (src/core/dialogue/types.ts), field for field. */
export const intentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('spoken'), at: sessionTimeSchema }),
  z.strictObject({ type: z.literal('choose'), at: sessionTimeSchema, response: idSchema }),
  z.strictObject({ type: z.literal('interrupt'), at: sessionTimeSchema }),
  z.strictObject({ type: z.literal('timeout'), at: sessionTimeSchema }),
  z.strictObject({ type: z.literal('tick'), at: sessionTimeSchema }),
  z.strictObject({ type: z.literal('pause'), at: sessionTimeSchema }),
  z.strictObject({ type: z.literal('resume'), at: sessionTimeSchema }),
]);

// Fails to compile when the engine's Intent type and this schema drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const intentsMatch: Same<z.output<typeof intentSchema>, Intent> = true;
void intentsMatch;
