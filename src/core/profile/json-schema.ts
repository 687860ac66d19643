import { z } from 'zod';
import { profileSchema } from './schema.ts';

type Json = { [key: string]: unknown };

/** German for every description in the profile schema; a test keeps the two complete. */
export const PROFILE_DESCRIPTIONS_DE: Readonly<Record<string, string>> = {
  'A Counterpart company profile: the organisation facts scenarios fill in.':
    'Ein Counterpart-Firmenprofil: die Angaben zur Organisation, die Szenarien einsetzen.',
  'The company name, the same in both languages: {company}.': 'Der Firmenname, in beiden Sprachen gleich: {company}.',
  'The currency sign or code for prices given as numbers, e.g. € or CHF (default €).':
    'Währungszeichen oder -kürzel für Preise als Zahl, z. B. € oder CHF (Vorgabe €).',
  'The large line of the sign above the counter where a scenario does not name it; at most 24 characters.':
    'Die große Zeile des Schilds über dem Schalter, wo ein Szenario keine eigene nennt; höchstens 24 Zeichen.',
  'German text on the sign': 'Deutscher Text auf dem Schild',
  'English text on the sign': 'Englischer Text auf dem Schild',
  'The products scenarios talk about, by key: {product.washer}.':
    'Die Produkte, über die Szenarien sprechen, nach Schlüssel: {product.washer}.',
  'A product in German and English with its German gender, e.g. { de: Waschmaschine AquaLux 8, en: AquaLux 8 washing machine, genus: f }.':
    'Ein Produkt auf Deutsch und Englisch mit seinem grammatischen Geschlecht, z. B. { de: Waschmaschine AquaLux 8, en: AquaLux 8 washing machine, genus: f }.',
  'German name of the product': 'Deutscher Name des Produkts',
  'English name of the product': 'Englischer Name des Produkts',
  'German grammatical gender of the noun (m, f, n); texts write {product.washer:einen|eine|ein}.':
    'Grammatisches Geschlecht des Substantivs (m, f, n); Texte schreiben {product.washer:einen|eine|ein}.',
  'Prices and fees by key: {price.dataTransfer}.': 'Preise und Gebühren nach Schlüssel: {price.dataTransfer}.',
  'An amount: a number such as 49 or 1299.5 (written "49 €" / "€49"), or { de: …, en: … } as written.':
    'Ein Betrag: eine Zahl wie 49 oder 1299.5 (geschrieben „49 €“ / "€49") oder { de: …, en: … } im Wortlaut.',
  'German text': 'Deutscher Text',
  'English text': 'Englischer Text',
  'The rules the counter works by; scenarios quote them as {policy.exchangeDays} and so on.':
    'Die Regeln des Schalters; Szenarien setzen sie als {policy.exchangeDays} usw. ein.',
  'Days within which new goods may be exchanged: {policy.exchangeDays}.':
    'Tage, in denen Neuware umgetauscht werden kann: {policy.exchangeDays}.',
  'Days within which goods may be returned for a refund: {policy.returnDays}.':
    'Tage, in denen Ware gegen Erstattung zurückgegeben werden kann: {policy.returnDays}.',
  'The most a counter employee may grant as goodwill without a manager: {policy.goodwillLimit}.':
    'Der höchste Kulanzbetrag, den jemand am Schalter ohne Vorgesetzte gewähren darf: {policy.goodwillLimit}.',
  'Opening hours as said in a sentence, e.g. { de: "Mo–Sa 9–20 Uhr", en: "Mon–Sat 9 am–8 pm" }: {policy.openingHours}.':
    'Öffnungszeiten, wie man sie im Satz sagt, z. B. { de: "Mo–Sa 9–20 Uhr", en: "Mon–Sat 9 am–8 pm" }: {policy.openingHours}.',
};

/** Fields whose description zod does not carry into the JSON Schema (a literal, an optional string). */
const FIELD_DE: Readonly<Record<string, { de: string; en: string }>> = {
  $schema: { de: 'Pfad zu diesem JSON-Schema (für Editoren)', en: 'Path of this JSON Schema (for editors)' },
  format: { de: 'Immer „counterpart-company/1“', en: 'Always "counterpart-company/1"' },
};

/**
 * The JSON Schema editors use for the profile (scenes/profile/company-profile.schema.json; `npm run
 * schema` writes it, a test keeps it in sync): every description in German and English.
 */
export function profileJsonSchema(): unknown {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' }) as Json;
  annotate(schema, undefined);
  return schema;
}

function annotate(node: unknown, name: string | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) annotate(item, undefined);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Json;
  if (typeof o.description === 'string') {
    const german = PROFILE_DESCRIPTIONS_DE[o.description];
    if (german) o.description = `de: ${german} / en: ${o.description}`;
  } else if (name !== undefined && FIELD_DE[name]) {
    o.description = `de: ${FIELD_DE[name].de} / en: ${FIELD_DE[name].en}`;
  }
  for (const [key, value] of Object.entries(o)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [prop, child] of Object.entries(value as Json)) annotate(child, prop);
    } else annotate(value, undefined);
  }
}
