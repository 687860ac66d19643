import { z } from 'zod';

/** The first line of every company profile file; a later format would get a new number. */
export const PROFILE_FORMAT = 'counterpart-company/1';

const text = z.string().trim().min(1, 'this text is empty').max(200, 'at most 200 characters');
/** Product and price keys become part of a placeholder name, `{product.washer}`. */
const keySchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'a key starts with a lower-case letter, then letters and digits (e.g. washer)');

const localized = z.strictObject({
  de: text.describe('German text'),
  en: text.describe('English text'),
});

const productSchema = z
  .strictObject({
    de: text.describe('German name of the product'),
    en: text.describe('English name of the product'),
    genus: z
      .enum(['m', 'f', 'n'])
      .describe('German grammatical gender of the noun (m, f, n); texts write {product.washer:einen|eine|ein}.'),
  })
  .describe(
    'A product in German and English with its German gender, e.g. { de: Waschmaschine AquaLux 8, en: AquaLux 8 washing machine, genus: f }.',
  );

/** An amount of money: a number (written out per language with the currency) or both texts. */
const moneySchema = z
  .union([z.number().min(0, 'a price is not negative').max(1_000_000_000, 'at most 1,000,000,000'), localized])
  .describe('An amount: a number such as 49 or 1299.5 (written "49 €" / "€49"), or { de: …, en: … } as written.');

const days = z.int('a whole number of days').min(0, 'at least 0 days').max(3650, 'at most 3650 days');

const signLine = z
  .strictObject({
    de: text.max(24, 'at most 24 characters, so it fits on the sign').describe('German text on the sign'),
    en: text.max(24, 'at most 24 characters, so it fits on the sign').describe('English text on the sign'),
  })
  .describe('The large line of the sign above the counter where a scenario does not name it; at most 24 characters.');

export const policiesSchema = z
  .strictObject({
    exchangeDays: days.describe('Days within which new goods may be exchanged: {policy.exchangeDays}.'),
    returnDays: days.describe('Days within which goods may be returned for a refund: {policy.returnDays}.'),
    goodwillLimit: moneySchema.describe(
      'The most a counter employee may grant as goodwill without a manager: {policy.goodwillLimit}.',
    ),
    openingHours: localized.describe(
      'Opening hours as said in a sentence, e.g. { de: "Mo–Sa 9–20 Uhr", en: "Mon–Sat 9 am–8 pm" }: {policy.openingHours}.',
    ),
  })
  .describe('The rules the counter works by; scenarios quote them as {policy.exchangeDays} and so on.');

export const profileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(PROFILE_FORMAT, { error: `write "format: ${PROFILE_FORMAT}"` }),
    company: text.max(60, 'at most 60 characters').describe('The company name, the same in both languages: {company}.'),
    currency: z
      .string()
      .trim()
      .min(1, 'this text is empty')
      .max(5, 'at most 5 characters')
      .default('€')
      .describe('The currency sign or code for prices given as numbers, e.g. € or CHF (default €).'),
    sign: signLine,
    products: z
      .record(keySchema, productSchema)
      .default({})
      .describe('The products scenarios talk about, by key: {product.washer}.'),
    prices: z.record(keySchema, moneySchema).default({}).describe('Prices and fees by key: {price.dataTransfer}.'),
    policies: policiesSchema,
  })
  .describe('A Counterpart company profile: the organisation facts scenarios fill in.');

export type CompanyProfileInput = z.input<typeof profileSchema>;
export type CompanyProfile = z.output<typeof profileSchema>;
export type Money = z.output<typeof moneySchema>;
