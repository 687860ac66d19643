import { z } from 'zod';
import { scenarioProtocolSchema } from '../protocol/key-facts.ts';
import { CONDITION_PATTERN, parseCondition } from './condition.ts';
import {
  CUSTOMER_TYPES,
  DIFFICULTIES,
  DRASTIC_TECHNIQUES,
  EMOTIONS,
  GESTURES,
  OUTCOMES,
  STRUCTURE_STEPS,
  TECHNIQUES,
  TONES,
} from './vocabulary.ts';

/**
 * The scenario format (one YAML file per scenario in `scenes/`). Descriptions here become the
 * tooltips editors show from `scenes/scenario.schema.json`, so they are written for trainers.
 */

export const SCENARIO_FORMAT = 'counterpart-scenario/1';

const text = z.string().trim().min(1, 'this text is empty');

export const localizedSchema = z
  .strictObject({
    de: text.describe('German text (the first language of the product)'),
    en: text.describe('English text'),
  })
  .describe('A text in German (de) and English (en). Both are required.');

/** One wording, or a list of alternative wordings picked at random (seeded) for variety. */
const wordingSchema = z
  .union([localizedSchema, z.array(localizedSchema).min(1).max(6)])
  .describe('What is said: {de, en}, or a list of alternative wordings of which one is picked at random.');

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use lower-case letters, digits, "-" or "_" (at most 64 characters)');

const conditionSchema = z
  .string()
  .superRefine((value, ctx) => {
    const parsed = parseCondition(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error, params: { de: parsed.de } });
  })
  .meta({ pattern: CONDITION_PATTERN })
  .describe('A mood condition, e.g. "anger > 70" or "trust >= 50 and patience < 30".');

const moodValue = z.number().min(0, 'mood values go from 0 to 100').max(100, 'mood values go from 0 to 100');
export const moodSchema = z
  .strictObject({ anger: moodValue, trust: moodValue, patience: moodValue })
  .describe('The mood of the customer, each value from 0 to 100.');

const moodDelta = z.number().min(-100).max(100);
export const effectsSchema = z
  .strictObject({ anger: moodDelta.optional(), trust: moodDelta.optional(), patience: moodDelta.optional() })
  .describe("How this changes the customer's mood, e.g. { anger: -15, trust: 10 }. Values are clamped to 0–100.");

/** Where to go next: a node id, or a list of conditional targets whose last entry has no condition. */
export const nextSchema = z
  .union([
    idSchema,
    z
      .array(z.strictObject({ if: conditionSchema.optional(), to: idSchema.describe('The id of the next node.') }))
      .min(1)
      .superRefine((branches, ctx) => {
        const last = branches[branches.length - 1];
        if (last && last.if !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [branches.length - 1, 'if'],
            message: 'the last branch must have no "if", so there is always a way on',
            params: { de: 'der letzte Zweig darf kein „if“ haben, damit es immer weitergeht' },
          });
        }
      }),
  ])
  .describe('The next node: an id, or a list like [{ if: "anger > 70", to: a }, { to: b }].');

export const lineSchema = z.strictObject({
  text: wordingSchema,
  emotion: z.enum(EMOTIONS).default('neutral').describe("The customer's facial expression while saying this."),
  gesture: z.enum(GESTURES).default('none').describe('The body-language gesture the avatar plays with this line.'),
});

const linesSchema = z.array(lineSchema).min(1, 'say at least one line').max(8);

export const variantSchema = z.strictObject({
  if: conditionSchema,
  say: linesSchema.describe("Lines said instead of the node's own when the condition holds."),
});

export const interruptSchema = z
  .strictObject({
    fits: z
      .boolean()
      .describe(
        'true when a polite interruption is the right move here (talkative customer), false when it is wrong (an angry customer who needs to let off steam).',
      ),
    effects: effectsSchema.default({}),
    say: linesSchema.optional().describe('What the customer says when interrupted.'),
    feedback: localizedSchema.describe('Why interrupting helps or hurts here, shown in the debrief.'),
    next: nextSchema
      .optional()
      .describe("Where the conversation goes after the interruption; default: straight to this node's responses."),
  })
  .describe('Opens an interrupt window while the customer speaks.');

export const responseSchema = z.strictObject({
  id: idSchema.describe('A short id, unique within the node; it names this response in session logs.'),
  text: localizedSchema.describe('What the trainee says.'),
  tone: z.enum(TONES).describe('How the response sounds.'),
  techniques: z
    .array(z.enum(TECHNIQUES))
    .max(6)
    .default([])
    .describe('The techniques from the article this response uses.'),
  effects: effectsSchema.default({}),
  next: nextSchema,
  feedback: localizedSchema.describe('Why this response helps or hurts; shown in the debrief.'),
  moment: z
    .strictObject({
      fits: z
        .boolean()
        .describe('true when this answer suits this very moment, false when it is right in general but wrong now.'),
      why: localizedSchema.describe(
        'Why it fits or not at this moment, e.g. „Plaudern, während die Schlange wartet“; shown in the debrief.',
      ),
    })
    .optional()
    .describe(
      'Whether the answer fits this moment of the conversation (warm small talk while the queue waits does not; an open question to a talkative customer does not). Tone scoring uses it.',
    ),
});

export const timeoutSchema = z.strictObject({
  effects: effectsSchema.default({ patience: -10 }),
  say: linesSchema.optional().describe('What the customer says when the trainee hesitates too long.'),
  feedback: localizedSchema.optional().describe('Shown in the debrief when the trainee ran out of time.'),
  next: nextSchema.optional().describe('Where to go after the timeout; default: the same choices again.'),
});

export const endingSchema = z.strictObject({
  outcome: z.enum(OUTCOMES).describe('What kind of ending this is.'),
  summary: localizedSchema.describe('One or two sentences shown with the debrief.'),
  score: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('How good this ending is for escalation handling (0–100); default depends on the outcome.'),
});

export const nodeSchema = z
  .strictObject({
    say: linesSchema.describe('What the customer says in this node.'),
    variants: z
      .array(variantSchema)
      .max(6)
      .optional()
      .describe('Mood-dependent alternatives; the first whose condition holds is said instead.'),
    interrupt: interruptSchema.optional(),
    responses: z
      .array(responseSchema)
      .min(2, 'a decision needs 2 to 4 responses')
      .max(4, 'a decision needs 2 to 4 responses')
      .optional(),
    timeLimit: z
      .number()
      .min(3)
      .max(120)
      .optional()
      .describe('Seconds the trainee has to answer; hesitation costs patience.'),
    onTimeout: timeoutSchema.optional(),
    warrants: z
      .array(z.enum(DRASTIC_TECHNIQUES))
      .optional()
      .describe(
        'Drastic steps that are justified at this point (e.g. the customer threatens): escalate_to_supervisor, boundary_setting, end_relationship.',
      ),
    next: nextSchema.optional().describe('For a node without responses: where the customer goes on.'),
    ending: endingSchema.optional(),
  })
  .superRefine((node, ctx) => {
    const kinds = [node.responses, node.next, node.ending].filter((k) => k !== undefined).length;
    if (kinds !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          kinds === 0
            ? 'this node needs "responses" (a decision), "next" (the customer goes on) or "ending"'
            : 'a node has exactly one of "responses", "next" or "ending"',
        params: {
          de:
            kinds === 0
              ? 'dieser Knoten braucht „responses“ (eine Entscheidung), „next“ (der Kunde spricht weiter) oder „ending“'
              : 'ein Knoten hat genau eines von „responses“, „next“ oder „ending“',
        },
      });
    }
    if (node.timeLimit !== undefined && node.responses === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeLimit'],
        message: 'a time limit only makes sense on a node with responses',
        params: { de: 'ein Zeitlimit ergibt nur bei einem Knoten mit „responses“ Sinn' },
      });
    }
    if (node.onTimeout !== undefined && node.timeLimit === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['onTimeout'],
        message: '"onTimeout" needs a "timeLimit"',
        params: { de: '„onTimeout“ braucht ein „timeLimit“' },
      });
    }
    const ids = new Set<string>();
    node.responses?.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({
          code: 'custom',
          path: ['responses', i, 'id'],
          message: `the response id "${r.id}" is used twice in this node`,
          params: {
            de: `die Antwort-id „${r.id}“ kommt in diesem Knoten zweimal vor; geben Sie einer Antwort eine andere id`,
          },
        });
      ids.add(r.id);
    });
  });

const voiceSchema = z.strictObject({
  lang: z
    .strictObject({
      de: z
        .string()
        .regex(/^de(-[A-Z]{2})?$/)
        .default('de-DE'),
      en: z
        .string()
        .regex(/^en(-[A-Z]{2})?$/)
        .default('en-GB'),
    })
    .default({ de: 'de-DE', en: 'en-GB' })
    .describe('Speech language per locale, e.g. { de: de-AT, en: en-US }.'),
  gender: z
    .enum(['female', 'male', 'any'])
    .default('any')
    .describe('Preferred voice, where the browser offers a choice.'),
  pitch: z.number().min(0.5).max(2).default(1).describe('Speech pitch, 1 is normal.'),
  rate: z.number().min(0.5).max(2).default(1).describe('Speech rate, 1 is normal.'),
});

export const customerSchema = z.strictObject({
  type: z.enum(CUSTOMER_TYPES).describe('The customer type from the article.'),
  name: localizedSchema.describe('How the trainee addresses the customer, e.g. { de: Herr Kaya, en: Mr Kaya }.'),
  description: localizedSchema.optional().describe('What the trainee sees: age, build, clothing.'),
  avatar: z
    .string()
    .min(1)
    .max(300)
    .describe('A bundled avatar id (e.g. "angry") or the path of a .vrm file under public/.'),
  voice: voiceSchema.prefault({}),
  mood: moodSchema,
});

const placeholderValue = z.union([
  text,
  z
    .strictObject({
      de: text.describe('German value'),
      en: text.describe('English value'),
      genus: z
        .enum(['m', 'f', 'n'])
        .optional()
        .describe(
          'German grammatical gender of the noun (m, f, n); lets texts write {name:einen neuen|eine neue|ein neues}.',
        ),
    })
    .describe('A value in German and English, optionally with its German gender.'),
]);

/**
 * The key facts a trainee's conversation protocol is checked against (docs/protocol-scoring.md).
 * The shape lives in core/protocol, where the checker reads it; here it gains the trainer-facing
 * descriptions editors show. Whether the named endings exist is checked by lint-protocol.ts.
 */
export const protocolFieldSchema = scenarioProtocolSchema
  .extend({
    facts: scenarioProtocolSchema.shape.facts.describe(
      'What a good protocol mentions: the concern facts (what the customer came with) and the agreement facts of each ending (what was agreed).',
    ),
    followUpEndings: scenarioProtocolSchema.shape.followUpEndings,
  })
  .describe(
    'The key facts for the conversation protocol the trainee writes after the conversation; it is checked against them and scored as the fourth feedback item „Dokumentation“.',
  );

/** A short text in both languages for the sign above the counter (it must fit on one line there). */
const signText = (max: number, description: string) =>
  z
    .strictObject({
      de: text.max(max, `at most ${max} characters, so it fits on the sign`).describe('German text on the sign'),
      en: text.max(max, `at most ${max} characters, so it fits on the sign`).describe('English text on the sign'),
    })
    .describe(description);

/** Kinds of counter the room can furnish: a few props on the shelves and the counter change with it. */
export const COUNTER_KINDS = ['repair', 'bank', 'pharmacy', 'shop', 'telecom'] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];

/** The counter the conversation happens at, as the sign on the back wall names it. */
export const counterSchema = z
  .strictObject({
    kind: z
      .enum(COUNTER_KINDS)
      .optional()
      .describe(
        'What the room looks like: repair (devices on the shelves, the default), bank, pharmacy, shop or telecom.',
      ),
    sign: signText(
      24,
      'The large line of the sign, e.g. „Kundenservice“ / "Customer Service"; at most 24 characters. Leave it out for the company profile\'s sign.',
    ).optional(),
    purpose: signText(
      40,
      'The small line beneath: what this counter is for, e.g. „Reparatur-Annahme“ / "Repairs"; at most 40 characters.',
    ),
  })
  .describe(
    'The sign above the counter, shown in the language of the session (never both at once). Leave it out for the default „Kundenservice · Reparatur-Annahme“ / "Customer Service · Repairs".',
  );

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(SCENARIO_FORMAT, { error: `write "format: ${SCENARIO_FORMAT}"` }),
    id: idSchema.describe('Unique id; also the file name without .yaml and the ?scenario= deep link.'),
    title: localizedSchema,
    briefing: localizedSchema.describe('The situation, told to the trainee before the conversation starts.'),
    difficulty: z.enum(DIFFICULTIES),
    minutes: z.number().min(1).max(60).describe('About how long one run takes.'),
    customer: customerSchema,
    placeholders: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'placeholder names are letters and digits'), placeholderValue)
      .default({})
      .describe('Default values for {placeholders} in the texts, e.g. product: "Kaffeevollautomat Barista 3".'),
    structure: z
      .array(z.enum(STRUCTURE_STEPS))
      .min(1)
      .default([...STRUCTURE_STEPS])
      .describe('The conversation steps scoring expects in this scenario (default: all five).'),
    start: idSchema.describe('The id of the first node.'),
    nodes: z.record(idSchema, nodeSchema).describe('The conversation graph: node id → node.'),
    protocol: protocolFieldSchema.optional(),
    counter: counterSchema.optional(),
  })
  .describe('A Counterpart training scenario.');

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioNode = z.output<typeof nodeSchema>;
export type Response = z.output<typeof responseSchema>;
export type Line = z.output<typeof lineSchema>;
export type Next = z.output<typeof nextSchema>;
export type Effects = z.output<typeof effectsSchema>;
export type Localized = z.output<typeof localizedSchema>;
export type Counter = z.output<typeof counterSchema>;
export type Wording = z.output<typeof wordingSchema>;
export type Ending = z.output<typeof endingSchema>;
export type ScenarioProtocolField = z.output<typeof protocolFieldSchema>;
