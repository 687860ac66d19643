import type { z } from 'zod';
import type { Message } from './problem';
import { labelOf, valueForLabel } from './vocabulary-labels.ts';

/**
 * Turns zod's issues into sentences a trainer understands, in German and English. Zod's defaults
 * ("Invalid input: expected string, received undefined") are written for programmers, and words
 * such as "mapping" or "sequence" mean nothing to a trainer: a group of fields is a "group of
 * fields", a sequence is a "list".
 */

const both = (de: string, en: string): Message => ({ de, en });

function describe(value: unknown): Message {
  if (value === null || value === undefined) return both('nichts', 'nothing');
  if (Array.isArray(value)) return both('eine Liste', 'a list');
  if (typeof value === 'object') return both('eine Gruppe von Feldern', 'a group of fields');
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return both(`den Text „${shown}“`, `the text "${shown}"`);
  }
  if (typeof value === 'number') return both(`die Zahl ${value}`, `the number ${value}`);
  return both(`den Wert ${String(value)}`, `the value ${String(value)}`);
}

const EXPECTED: Record<string, Message> = {
  string: both('einen Text', 'a text'),
  number: both('eine Zahl', 'a number'),
  boolean: both('true oder false', 'true or false'),
  object: both(
    'eine Gruppe von Feldern (name: Wert, je Zeile eingerückt)',
    'a group of fields (name: value, indented on their own lines)',
  ),
  array: both('eine Liste (Zeilen, die mit „- “ beginnen)', 'a list (lines starting with "- ")'),
};
const expected = (kind: string): Message => EXPECTED[kind] ?? both(kind, kind);

const LANGUAGE_NAMES: Record<string, Message> = {
  de: both('deutsche Fassung (de)', 'German (de) translation'),
  en: both('englische Fassung (en)', 'English (en) translation'),
};

/** What a missing field should hold, by its name: said when it is left out. */
const MISSING: Record<string, Message> = {
  next: both(
    'hier fehlt „next:“ – die id des nächsten Knotens (z. B. next: nachfragen) oder eine Liste von Bedingungen (- if: "anger > 70" / to: knoten, zuletzt - to: knoten ohne if)',
    '"next:" is missing – the id of the next node (e.g. next: ask_more) or a list of conditions (- if: "anger > 70" / to: node, last - to: node without if)',
  ),
  text: both(
    'hier fehlt „text:“ – was gesagt wird, als { de: …, en: … }',
    '"text:" is missing – what is said, as { de: …, en: … }',
  ),
  say: both(
    'hier fehlt „say:“ – eine Liste von Sätzen des Kunden (- text: …)',
    '"say:" is missing – a list of the customer\'s lines (- text: …)',
  ),
  feedback: both(
    'hier fehlt „feedback:“ – warum die Antwort hilft oder schadet, als { de: …, en: … }',
    '"feedback:" is missing – why the answer helps or hurts, as { de: …, en: … }',
  ),
  tone: both(
    'hier fehlt „tone:“ – wie die Antwort klingt (z. B. empathetic)',
    '"tone:" is missing – how the answer sounds (e.g. empathetic)',
  ),
  id: both(
    'hier fehlt „id:“ – ein kurzer Name aus Kleinbuchstaben, Ziffern, - und _',
    '"id:" is missing – a short name of lower-case letters, digits, - and _',
  ),
};

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest option to a misspelt word, if it is close enough to be a typo. */
export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** ` – did you mean "x"?` in both languages, or empty texts. */
export function suggest(word: string, options: readonly string[]): Message {
  const best = closest(word, options);
  return best === undefined ? both('', '') : both(` – meinten Sie „${best}“?`, ` – did you mean "${best}"?`);
}

type Issue = z.core.$ZodIssue;

/**
 * The German and English sentence for one zod issue. `present` says whether the field exists in
 * the file (zod reports a missing field and a wrong one alike inside unions). Custom issues carry
 * their German in `params.de`; fixed English messages of the schema are looked up in `german`.
 */
export function localizeIssue(issue: Issue, present: boolean, german: Readonly<Record<string, string>>): Message {
  const last = issue.path[issue.path.length - 1];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined && !present) {
        if (typeof last === 'string' && LANGUAGE_NAMES[last]) {
          const name = LANGUAGE_NAMES[last];
          return both(`die ${name.de} fehlt`, `the ${name.en} is missing`);
        }
        if (typeof last === 'string' && MISSING[last]) return MISSING[last];
        const want = expected(issue.expected);
        return both(`dieses Feld fehlt: erwartet wird ${want.de}`, `this field is required: ${want.en}`);
      }
      const want = expected(issue.expected);
      const found = describe(input);
      return both(`erwartet wird ${want.de}, gefunden ${found.de}`, `expected ${want.en}, found ${found.en}`);
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (values.length === 1) {
        const own = german[issue.message];
        return both(own ?? `hier muss „${values[0]}“ stehen`, own ? issue.message : `this must be "${values[0]}"`);
      }
      const shown = describe(input);
      if (typeof input === 'string') {
        const alias = valueForLabel(input, values);
        if (alias !== undefined) {
          return both(
            `„${input}“ – meinten Sie „${alias}“? In die Datei gehört der Wert, nicht sein Name. Erlaubt: ${values.join(', ')}`,
            `"${input}" – did you mean "${alias}"? The file needs the value, not its name. Allowed: ${values.join(', ')}`,
          );
        }
        const hint = suggest(input, values);
        const withLabels = (lang: 'de' | 'en') =>
          values.map((v) => {
            const label = labelOf(v, values);
            return label && label[lang] !== v ? `${v} (${label[lang]})` : v;
          });
        return both(
          `„${input}“ ist hier nicht erlaubt${hint.de || '.'} Erlaubt: ${withLabels('de').join(', ')}`,
          `"${input}" is not allowed here${hint.en || '.'} Allowed: ${withLabels('en').join(', ')}`,
        );
      }
      return both(
        `${shown.de} ist hier nicht erlaubt. Erlaubt: ${values.join(', ')}`,
        `${shown.en} is not allowed here. Allowed: ${values.join(', ')}`,
      );
    }
    case 'too_small':
    case 'too_big': {
      const own = german[issue.message];
      if (own) return both(own, issue.message);
      const small = issue.code === 'too_small';
      const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
      if (issue.origin === 'array') {
        return small
          ? both(`diese Liste braucht mindestens ${limit} Einträge`, `this list needs at least ${limit} entries`)
          : both(`diese Liste darf höchstens ${limit} Einträge haben`, `this list can have at most ${limit} entries`);
      }
      if (issue.origin === 'string') {
        return small
          ? both(
              `dieser Text ist zu kurz (mindestens ${limit} Zeichen)`,
              `this text is too short (at least ${limit} characters)`,
            )
          : both(
              `dieser Text ist zu lang (höchstens ${limit} Zeichen)`,
              `this text is too long (at most ${limit} characters)`,
            );
      }
      return small
        ? both(`die Zahl ist zu klein: mindestens ${limit}`, `the number is too small: at least ${limit}`)
        : both(`die Zahl ist zu groß: höchstens ${limit}`, `the number is too large: at most ${limit}`);
    }
    case 'invalid_format': {
      const own = german[issue.message];
      if (own) return both(own, issue.message);
      return both(
        `${describe(input).de} hat nicht die erwartete Form`,
        `${describe(input).en} does not have the expected form`,
      );
    }
    case 'custom': {
      const de = (issue.params as { de?: unknown } | undefined)?.de;
      return both(typeof de === 'string' ? de : (german[issue.message] ?? issue.message), issue.message);
    }
    default: {
      const own = german[issue.message];
      return both(own ?? `ungültiger Wert (${issue.message})`, issue.message);
    }
  }
}
