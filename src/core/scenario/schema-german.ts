import { SCENARIO_FORMAT } from './schema.ts';

/**
 * German for the fixed English messages written into the schema (regex and size rules). Custom
 * checks carry their German in `params.de`; everything else is worded in friendly-issue.ts.
 */
export const SCHEMA_MESSAGES_DE: Readonly<Record<string, string>> = {
  'this text is empty': 'dieser Text ist leer',
  'use lower-case letters, digits, "-" or "_" (at most 64 characters)':
    'nur Kleinbuchstaben, Ziffern, „-“ oder „_“ (höchstens 64 Zeichen), z. B. nachfragen_2',
  'mood values go from 0 to 100': 'Stimmungswerte gehen von 0 bis 100',
  'say at least one line': 'mindestens ein Satz (- text: …)',
  'a decision needs 2 to 4 responses': 'eine Entscheidung braucht 2 bis 4 Antworten',
  'placeholder names are letters and digits': 'Platzhalternamen bestehen aus Buchstaben und Ziffern',
  [`write "format: ${SCENARIO_FORMAT}"`]: `schreiben Sie "format: ${SCENARIO_FORMAT}"`,
};
