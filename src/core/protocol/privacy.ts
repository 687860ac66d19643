import { compileKeywords, mentionsAny } from './keywords';
import { tokensOf } from './normalise';

/**
 * Data protection in a protocol (article: „Datenschutz beachten“): contact and bank details
 * belong in the customer record, not in free text, and a record the customer may ask to see
 * (GDPR art. 15) stays factual, without labels for the person.
 */

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;
/** A number starting with + or 0 and seven or more digits, grouped or not (dates start otherwise). */
const PHONE = /(?:\+\d|\b0)(?:[\s/-]?\d){6,}\b/;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b/;

// Only words that label a person: "spinnt" or "dummerweise" describe machines and luck.
const DEROGATORY = compileKeywords([
  'Idiot',
  'Choleriker',
  'Nervensäge',
  'Querulant',
  'bekloppt',
  'dämlich',
  'asozial',
  'Psycho',
  'hysterisch',
  'moron',
  'stupid',
  'nutcase',
  'hysterical',
]);

export interface PrivacyFindings {
  contactData: boolean;
  derogatory: boolean;
}

export function privacyFindings(texts: readonly string[]): PrivacyFindings {
  const joined = texts.join('\n');
  return {
    contactData: EMAIL.test(joined) || PHONE.test(joined) || IBAN.test(joined),
    derogatory: mentionsAny(tokensOf(joined), DEROGATORY),
  };
}
