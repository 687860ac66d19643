import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { localizeIssue } from '../scenario/friendly-issue.ts';
import { locate } from '../scenario/locate.ts';
import { problemAt as at, formatPath, type Message, type PathSegment, type Problem } from '../scenario/problem.ts';
import { SCHEMA_MESSAGES_DE } from '../scenario/schema-german.ts';
import { unknownFieldProblems } from '../scenario/unknown-fields.ts';
import { type CompanyProfile, PROFILE_FORMAT, policiesSchema, profileSchema } from './schema.ts';

/** A profile is a page of facts; anything larger is a mistake or an attack. */
export const MAX_PROFILE_BYTES = 64 * 1024;

export type ProfileLoadResult =
  | { ok: true; profile: CompanyProfile; problems: Problem[] }
  | { ok: false; problems: Problem[] };

const both = (de: string, en: string): Message => ({ de, en });

/** German for the profile schema's own fixed messages (the scenario's are shared). */
const MESSAGES_DE: Readonly<Record<string, string>> = {
  ...SCHEMA_MESSAGES_DE,
  'at most 200 characters': 'höchstens 200 Zeichen',
  'at most 60 characters': 'höchstens 60 Zeichen',
  'at most 5 characters': 'höchstens 5 Zeichen',
  'at most 24 characters, so it fits on the sign': 'höchstens 24 Zeichen, damit es auf das Schild passt',
  'a key starts with a lower-case letter, then letters and digits (e.g. washer)':
    'ein Schlüssel beginnt mit einem Kleinbuchstaben, dann Buchstaben und Ziffern (z. B. waschmaschine)',
  'a price is not negative': 'ein Preis ist nicht negativ',
  'at most 1,000,000,000': 'höchstens 1.000.000.000',
  'a whole number of days': 'eine ganze Zahl von Tagen',
  'at least 0 days': 'mindestens 0 Tage',
  'at most 3650 days': 'höchstens 3650 Tage',
  [`write "format: ${PROFILE_FORMAT}"`]: `schreiben Sie "format: ${PROFILE_FORMAT}"`,
};

const START = both(
  `das Firmenprofil ist leer; es beginnt mit "format: ${PROFILE_FORMAT}"`,
  `the company profile is empty; it starts with "format: ${PROFILE_FORMAT}"`,
);

/**
 * Reads a company profile from YAML text: size and binary guard, YAML with positions, the schema.
 * Never throws; every problem names file, line, column and field, in German and English, like the
 * scenario checker's (src/core/scenario/load.ts).
 */
export function loadProfile(source: string, file: string): ProfileLoadResult {
  const fail = (line: number, message: Message, path = ''): ProfileLoadResult => ({
    ok: false,
    problems: [at(file, line, 1, path, message)],
  });
  if (source.length > MAX_PROFILE_BYTES) {
    const kb = Math.round(source.length / 1024);
    return fail(
      1,
      both(
        `das Firmenprofil ist zu groß (${kb} KB; höchstens ${MAX_PROFILE_BYTES / 1024} KB)`,
        `the company profile is too large (${kb} KB; at most ${MAX_PROFILE_BYTES / 1024} KB)`,
      ),
    );
  }
  if (source.includes('\u0000')) {
    return fail(
      1,
      both(
        'das ist keine Textdatei; ein Firmenprofil ist YAML-Text',
        'this is not a text file; a profile is YAML text',
      ),
    );
  }
  if (source.trim() === '') return fail(1, START);
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    const detail = (err as Error).message;
    return fail(1, both(`die Datei lässt sich nicht als YAML lesen (${detail})`, `not readable as YAML (${detail})`));
  }
  if (doc.errors.length > 0) {
    const problems = doc.errors.slice(0, 50).map((e) => {
      const pos = counter.linePos(e.pos[0]);
      return at(file, pos.line, pos.col, '', yamlMessage(e.code));
    });
    return { ok: false, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 });
  } catch (err) {
    const detail = (err as Error).message;
    return fail(1, both(`die Datei lässt sich nicht lesen: ${detail}`, `the file could not be read: ${detail}`));
  }
  if (data === null || data === undefined) return fail(1, START);
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      1,
      both(
        'ein Firmenprofil besteht aus Feldern (format, company, sign, products, prices, policies)',
        'a company profile is a set of fields (format, company, sign, products, prices, policies)',
      ),
    );
  }
  const parsed = profileSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, profile: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) => issueProblems(issue as z.core.$ZodIssue, doc, counter, file));
  return { ok: false, problems };
}

function issueProblems(issue: z.core.$ZodIssue, doc: Document, counter: LineCounter, file: string): Problem[] {
  const path = issue.path as PathSegment[];
  if (issue.code === 'unrecognized_keys')
    return unknownFieldProblems(issue.keys, path, knownKeys(path), doc, counter, file);
  if (issue.code === 'invalid_union') {
    const pos = locate(doc, counter, path);
    return [
      at(
        file,
        pos.line,
        pos.column,
        formatPath(path),
        both(
          'hier gehört ein Betrag hin: eine Zahl (z. B. 49 oder 1299.5) oder { de: "49 €", en: "€49" }',
          'this needs an amount: a number (e.g. 49 or 1299.5) or { de: "49 €", en: "€49" }',
        ),
      ),
    ];
  }
  const pos = locate(doc, counter, path);
  return [at(file, pos.line, pos.column, formatPath(path), localizeIssue(issue, doc.hasIn(path), MESSAGES_DE))];
}

function knownKeys(path: readonly PathSegment[]): string[] {
  if (path.length === 0) return Object.keys(profileSchema.shape);
  if (path[0] === 'policies' && path.length === 1) return Object.keys(policiesSchema.shape);
  return ['de', 'en', 'genus'];
}

function yamlMessage(code: string): Message {
  if (code === 'DUPLICATE_KEY')
    return both('dieses Feld steht hier zweimal; löschen Sie eines', 'this field appears twice here; remove one');
  if (code === 'TAB_AS_INDENT')
    return both('hier wird mit Tabulatoren eingerückt; bitte nur Leerzeichen', 'indented with tabs; use spaces only');
  return both(
    'die Einrückung, ein Doppelpunkt oder ein Anführungszeichen stimmt hier nicht (Texte mit „: “ in Anführungszeichen setzen)',
    'the indentation, a colon or a quote is wrong here (put texts containing ": " in quotes)',
  );
}
