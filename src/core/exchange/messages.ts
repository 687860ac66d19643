import type { Localized } from '../scenario/schema';

/** What an import says when it refuses a file, German first. Each names what is wrong and, where it helps, what to do. */

const mb = (chars: number) => Math.round(chars / (1024 * 1024));
const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export const IMPORT_TEXT = {
  tooLarge: (chars: number, cap: number): Localized => ({
    de: `Die Datei ist zu groß (${mb(chars)} MB, erlaubt sind höchstens ${mb(cap)} MB). Eine Aufzeichnung ist sonst wenige MB groß – ist es die richtige Datei?`,
    en: `The file is too large (${mb(chars)} MB, at most ${mb(cap)} MB allowed). A recording is normally a few MB – is this the right file?`,
  }),
  empty: {
    de: 'Die Datei ist leer.',
    en: 'The file is empty.',
  },
  notJson: {
    de: 'Das ist keine Counterpart-Aufzeichnung: Die Datei enthält kein JSON.',
    en: 'This is not a Counterpart recording: the file does not contain JSON.',
  },
  truncated: (line: number, column: number): Localized => ({
    de: `Die Datei endet mitten im Inhalt (Zeile ${line}, Spalte ${column}) – sie wurde wohl unvollständig übertragen oder abgeschnitten.`,
    en: `The file ends in the middle of its content (line ${line}, column ${column}) – it was probably cut off or not copied completely.`,
  }),
  syntax: (line: number, column: number, found: string): Localized => ({
    de: `Ungültiges JSON in Zeile ${line}, Spalte ${column}: unerwartetes Zeichen „${found}“.`,
    en: `Invalid JSON at line ${line}, column ${column}: unexpected character "${found}".`,
  }),
  tooDeep: (line: number, depth: number): Localized => ({
    de: `Die Daten sind in Zeile ${line} zu tief verschachtelt (mehr als ${depth} Ebenen).`,
    en: `The data is nested too deeply at line ${line} (more than ${depth} levels).`,
  }),
  notAnObject: {
    de: 'Das ist keine Counterpart-Aufzeichnung: Die Datei enthält kein JSON-Objekt.',
    en: 'This is not a Counterpart recording: the file does not contain a JSON object.',
  },
  wrongFormat: (found: unknown, expected: string): Localized =>
    found === undefined
      ? {
          de: `Das ist keine Counterpart-Aufzeichnung: Das Feld „format“ fehlt (erwartet: „${expected}“).`,
          en: `This is not a Counterpart recording: the "format" field is missing (expected "${expected}").`,
        }
      : {
          de: `Das ist keine Counterpart-Aufzeichnung: „format“ ist „${quote(String(found))}“, erwartet: „${expected}“.`,
          en: `This is not a Counterpart recording: "format" is "${quote(String(found))}", expected "${expected}".`,
        },
  newerVersion: (found: number, supported: number): Localized => ({
    de: `Die Aufzeichnung hat Version ${found} und stammt aus einer neueren Counterpart-Version; diese App liest bis Version ${supported}. Bitte aktualisieren Sie die App auf diesem Gerät.`,
    en: `The recording is version ${found}, made by a newer Counterpart; this app reads up to version ${supported}. Please update the app on this device.`,
  }),
  badVersion: (found: unknown): Localized =>
    found === undefined
      ? { de: 'Die Versionsangabe „version“ fehlt.', en: 'The "version" field is missing.' }
      : {
          de: `Unbekannte Versionsangabe: ${describeFound(found).de} – erwartet wird eine ganze Zahl wie 1.`,
          en: `Unknown version: ${describeFound(found).en} – expected a whole number such as 1.`,
        },
  forbiddenKey: (key: string): Localized => ({
    de: `Der Feldname „${key}“ ist nicht erlaubt (er könnte Programmobjekte verändern); die Datei wurde nicht gelesen.`,
    en: `The field name "${key}" is not allowed (it could tamper with program objects); the file was not read.`,
  }),
  moreProblems: (count: number): Localized => ({
    de: `… und ${count} weitere Probleme.`,
    en: `… and ${count} more problems.`,
  }),
  poseTrack: (column: string, reason: Localized): Localized => ({
    de: `Die Bewegungsdaten sind beschädigt (${column}: ${reason.de}).`,
    en: `The motion data is damaged (${column}: ${reason.en}).`,
  }),
  timeBackwards: (index: number): Localized => ({
    de: `Schritt ${index + 1} liegt zeitlich vor dem Schritt davor – das Protokoll ist beschädigt.`,
    en: `Step ${index + 1} lies before the step before it – the log is damaged.`,
  }),
  afterEnd: (what: Localized): Localized => ({
    de: `${what.de} liegt nach dem Ende der Sitzung (timings.durationMs).`,
    en: `${what.en} lies after the end of the session (timings.durationMs).`,
  }),
};

/** Sentences for schema problems (zod issues), by what was expected. */
export const EXPECTED_NAMES: Record<string, Localized> = {
  string: { de: 'ein Text', en: 'a text' },
  number: { de: 'eine Zahl', en: 'a number' },
  int: { de: 'eine ganze Zahl', en: 'a whole number' },
  boolean: { de: 'wahr oder falsch', en: 'true or false' },
  object: { de: 'eine Gruppe von Feldern', en: 'a group of fields' },
  array: { de: 'eine Liste', en: 'a list' },
  null: { de: 'nichts (null)', en: 'nothing (null)' },
};

export const SCHEMA_TEXT = {
  missing: (expected: Localized): Localized => ({
    de: `Pflichtfeld fehlt (erwartet: ${expected.de}).`,
    en: `Required field is missing (expected: ${expected.en}).`,
  }),
  wrongType: (expected: Localized, found: Localized): Localized => ({
    de: `Falscher Typ: erwartet ${expected.de}, gefunden ${found.de}.`,
    en: `Wrong type: expected ${expected.en}, found ${found.en}.`,
  }),
  textTooLong: (max: number): Localized => ({
    de: `Text zu lang (höchstens ${max} Zeichen).`,
    en: `Text too long (at most ${max} characters).`,
  }),
  textTooShort: (min: number): Localized =>
    min <= 1
      ? { de: 'Der Text darf nicht leer sein.', en: 'The text must not be empty.' }
      : { de: `Text zu kurz (mindestens ${min} Zeichen).`, en: `Text too short (at least ${min} characters).` },
  listTooLong: (max: number): Localized => ({
    de: `Liste zu lang (höchstens ${max} Einträge).`,
    en: `List too long (at most ${max} entries).`,
  }),
  listTooShort: (min: number): Localized => ({
    de: `Liste zu kurz (mindestens ${min} Einträge).`,
    en: `List too short (at least ${min} entries).`,
  }),
  numberTooBig: (max: number): Localized => ({
    de: `Wert zu groß (höchstens ${max}).`,
    en: `Value too large (at most ${max}).`,
  }),
  numberTooSmall: (min: number): Localized => ({
    de: `Wert zu klein (mindestens ${min}).`,
    en: `Value too small (at least ${min}).`,
  }),
  notAllowed: (found: string, allowed: string[]): Localized => ({
    de: `„${quote(found)}“ ist hier nicht erlaubt; erlaubt: ${allowed.join(', ')}.`,
    en: `"${quote(found)}" is not allowed here; allowed: ${allowed.join(', ')}.`,
  }),
  unknownField: { de: 'Unbekanntes Feld.', en: 'Unknown field.' },
  unknownIntent: (allowed: string[]): Localized => ({
    de: `Unbekannte Art von Schritt; erlaubt: ${allowed.join(', ')}.`,
    en: `Unknown kind of step; allowed: ${allowed.join(', ')}.`,
  }),
  format: {
    uuid: { de: 'Keine gültige UUID.', en: 'Not a valid UUID.' },
    datetime: {
      de: 'Kein gültiger Zeitpunkt (ISO 8601, z. B. 2025-03-14T09:30:00Z).',
      en: 'Not a valid date-time (ISO 8601, e.g. 2025-03-14T09:30:00Z).',
    },
    regex: { de: 'Ungültiges Format.', en: 'Invalid format.' },
  } as Record<string, Localized>,
  invalid: { de: 'Ungültiger Wert.', en: 'Invalid value.' },
};

export function describeFound(value: unknown): Localized {
  if (value === null) return { de: 'nichts (null)', en: 'nothing (null)' };
  if (Array.isArray(value)) return EXPECTED_NAMES.array as Localized;
  if (typeof value === 'string') return { de: `den Text „${quote(value)}“`, en: `the text "${quote(value)}"` };
  if (typeof value === 'number') return { de: `die Zahl ${value}`, en: `the number ${value}` };
  if (typeof value === 'boolean') return { de: `den Wahrheitswert ${value}`, en: `the boolean ${value}` };
  return EXPECTED_NAMES.object as Localized;
}
