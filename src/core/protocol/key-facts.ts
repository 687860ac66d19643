import { z } from 'zod';

/**
 * The key facts of a scenario that a good protocol mentions: the shape of the scenario field
 * `protocol:` (src/core/scenario/schema.ts adds the editor descriptions, lint-protocol.ts checks
 * the ending ids). Kept free of imports from the scenario schema, so that schema can import this
 * one without a cycle.
 */

export const FACT_PARTS = ['concern', 'agreement'] as const;
export type FactPart = (typeof FACT_PARTS)[number];

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use lower-case letters, digits, "-" or "_" (at most 64 characters)');
const text = z.string().trim().min(1, 'this text is empty');
const localized = z.strictObject({ de: text, en: text });
const keywordList = z.array(text.max(80)).min(1, 'name at least one keyword').max(20);

export const keyFactSchema = z.strictObject({
  id: idSchema.describe('A short id, unique within the scenario.'),
  part: z
    .enum(FACT_PARTS)
    .describe('Where the protocol should mention it: in the concern or in the solution/agreement.'),
  required: z.boolean().default(true).describe('false: mentioning it is good, leaving it out costs nothing.'),
  endings: z
    .array(idSchema)
    .min(1)
    .optional()
    .describe('Ending node ids where this fact applies (an agreement made only on that path); default: every ending.'),
  label: localized.describe(
    'How the fact is named in the feedback, e.g. { de: "Austauschgerät am Samstag", en: "replacement on Saturday" }.',
  ),
  keywords: z
    .strictObject({ de: keywordList, en: keywordList })
    .describe(
      'Words or short phrases that count as mentioning the fact; case, umlaut spelling (ä/ae) and endings do not matter.',
    ),
});

export const scenarioProtocolSchema = z.strictObject({
  facts: z.array(keyFactSchema).max(30).default([]),
  followUpEndings: z
    .array(idSchema)
    .default([])
    .describe('Ending node ids where a follow-up date was agreed (besides any ending with outcome follow_up_agreed).'),
});

export type KeyFact = z.output<typeof keyFactSchema>;
export type KeyFactInput = z.input<typeof keyFactSchema>;
export type ScenarioProtocol = z.output<typeof scenarioProtocolSchema>;
