/**
 * The shape of `assets/avatars/customers.json`: one entry per default customer.
 * Trainers and artists tweak colours and builds there; this schema catches typos
 * before a broken avatar is written.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour as #rrggbb');
const unit = z.number().min(0).max(1);
const metres = z.number().min(0).max(1);

export const HAIR_STYLES = [
  'short',
  'ponytail',
  'bob',
  'bald-sides',
  'buzz',
  'under-cap',
  'curly-shoulder',
  'side-parting',
  'short-curls',
  'set-curls',
  'braids-tied',
] as const;
export const TOP_STYLES = [
  'work-jacket',
  'cardigan',
  'blazer',
  'knit-vest',
  'windbreaker',
  'hoodie',
  'gilet',
  'rain-jacket',
  'raincoat',
  'bomber',
  'coat',
  'denim-jacket',
] as const;
export const SHOE_STYLES = ['boots', 'sneakers', 'loafers', 'pumps'] as const;

export const customerSpecSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  name: z.string().min(1),
  description: z.string(),
  sex: z.enum(['male', 'female']),
  age: z.number().int().min(18).max(95),
  /** Crown height standing straight, without hair or cap. */
  heightM: z.number().min(1.55).max(1.9),
  body: z.object({
    shoulderHalfWidth: metres,
    chestHalfWidth: metres,
    chestDepth: metres,
    waistHalfWidth: metres,
    bellyDepth: metres,
    hipHalfWidth: metres,
    bust: metres,
    /** Multiplies arm and leg girth. */
    limbScale: z.number().min(0.7).max(1.4),
    neckRadius: metres,
    /** 0 upright, 1 clearly stooped (upper back rounded, head forward). */
    stoop: unit,
  }),
  skin: hex,
  face: z.object({
    eyeColor: hex,
    browColor: hex,
    /** Brow height at its thickest, metres. */
    browThickness: metres,
    lipColor: hex,
    /** 1 = average jaw; > 1 square and heavy, < 1 narrow. */
    jawWidth: z.number().min(0.7).max(1.3),
    noseLength: metres,
    noseWidth: metres,
    lashes: unit,
    ageLines: unit,
    stubble: unit,
    cheekFlush: unit,
    /** Freckles over nose and cheeks; absent = none. */
    freckles: unit.optional(),
  }),
  hair: z.object({ style: z.enum(HAIR_STYLES), color: hex }),
  moustache: hex.optional(),
  glasses: hex.optional(),
  /** Frame shape; absent = rounded reading glasses. */
  glassesShape: z.enum(['rounded', 'rectangular']).optional(),
  cap: hex.optional(),
  outfit: z.object({
    top: z.enum(TOP_STYLES),
    topColor: hex,
    /** Collar, cuffs, ribbing or lapel facing. */
    topAccent: hex,
    /** Shirt, blouse or T-shirt under the top. */
    under: hex,
    /** A tie over the shirt (raincoat, blazer). */
    tie: hex.optional(),
    legs: z.enum(['trousers', 'skirt']),
    legsColor: hex,
    /** Tights under a skirt. */
    tights: hex.optional(),
    shoeStyle: z.enum(SHOE_STYLES),
    shoes: hex,
    soles: hex,
  }),
});

export type CustomerSpec = z.infer<typeof customerSpecSchema>;

export function readCustomerSpecs(path: string): CustomerSpec[] {
  const parsed = z.array(customerSpecSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path} does not match the customer schema:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
