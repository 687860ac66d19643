import * as z from 'zod/mini';
import type { SensingTotals } from '../sensing/totals';

const amount = z.number().check(z.minimum(0), z.maximum(1e12));

const sourceTotalsSchema = z.strictObject({
  listenMs: amount,
  eyeContactMs: amount,
  nods: amount,
  baselineMs: amount,
  baselineSum: amount,
  laterMs: amount,
  laterSum: amount,
});

/** The body-language totals of src/core/sensing/totals.ts, as stored with a recording. */
export const sensingTotalsSchema = z.strictObject({ headset: sourceTotalsSchema, desktop: sourceTotalsSchema });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const totalsMatch: Same<z.output<typeof sensingTotalsSchema>, SensingTotals> = true;
void totalsMatch;
