import type { Localized } from '../scenario/schema';
import type { Outcome } from '../scenario/vocabulary';
import type { ProtocolMood } from './schema';

/** The protocol feedback's sentences, German first. */

export const MOOD_LABELS: Record<ProtocolMood, Localized> = {
  calm: { de: 'ruhig', en: 'calm' },
  neutral: { de: 'neutral', en: 'neutral' },
  upset: { de: 'verärgert', en: 'upset' },
  angry: { de: 'wütend', en: 'angry' },
};

const OUTCOME_NOTES: Record<Outcome, Localized> = {
  resolved: { de: 'welche Lösung vereinbart wurde', en: 'which solution was agreed' },
  follow_up_agreed: { de: 'welcher Folgetermin vereinbart wurde', en: 'which follow-up was agreed' },
  escalated_to_supervisor: {
    de: 'dass an die Führungskraft übergeben wurde',
    en: 'that the case was handed over to a supervisor',
  },
  relationship_ended: {
    de: 'dass die Geschäftsbeziehung beendet wurde',
    en: 'that the business relationship was ended',
  },
  customer_left_angry: {
    de: 'dass keine Einigung erzielt wurde und der Kunde verärgert gegangen ist',
    en: 'that no agreement was reached and the customer left angry',
  },
  customer_left_undecided: {
    de: 'dass der Kunde ohne Entscheidung gegangen ist',
    en: 'that the customer left without deciding',
  },
};

const list = (labels: readonly Localized[], lang: keyof Localized) => labels.map((l) => `„${l[lang]}“`).join(', ');
const listEn = (labels: readonly Localized[]) => labels.map((l) => `"${l.en}"`).join(', ');

export const PROTOCOL_TEXT = {
  concernEmpty: { de: 'Das Anliegen des Kunden ist nicht ausgefüllt.', en: 'The customer’s concern is not filled in.' },
  concernComplete: { de: 'Anliegen vollständig festgehalten.', en: 'Concern recorded completely.' },
  concernMissing: (facts: readonly Localized[]): Localized => ({
    de: `Im Anliegen fehlt: ${list(facts, 'de')}.`,
    en: `Missing from the concern: ${listEn(facts)}.`,
  }),
  concernDenied: (facts: readonly Localized[]): Localized => ({
    de: `Im Anliegen steht das Gegenteil von ${list(facts, 'de')} – das gehört aber zum Anliegen des Kunden.`,
    en: `The concern says the opposite of ${listEn(facts)} – but that is part of the customer’s concern.`,
  }),
  agreementEmpty: {
    de: 'Lösung bzw. Vereinbarung ist nicht ausgefüllt.',
    en: 'The solution or agreement is not filled in.',
  },
  agreementComplete: { de: 'Vereinbarung vollständig festgehalten.', en: 'Agreement recorded completely.' },
  agreementMissing: (facts: readonly Localized[]): Localized => ({
    de: `In der Vereinbarung fehlt: ${list(facts, 'de')}.`,
    en: `Missing from the agreement: ${listEn(facts)}.`,
  }),
  agreementDenied: (facts: readonly Localized[]): Localized => ({
    de: `Im Protokoll steht das Gegenteil von ${list(facts, 'de')} – das wurde in diesem Gespräch aber vereinbart.`,
    en: `The protocol says the opposite of ${listEn(facts)} – but that was agreed in this conversation.`,
  }),
  outcomeMissing: (outcome: Outcome | null): Localized => {
    const what = outcome
      ? OUTCOME_NOTES[outcome]
      : { de: 'dass das Gespräch nicht zu Ende geführt wurde', en: 'that the conversation was not finished' };
    return { de: `Nicht festgehalten, ${what.de}.`, en: `Not recorded ${what.en}.` };
  },
  wrongAgreement: (facts: readonly Localized[]): Localized => ({
    de: `Im Protokoll steht ${list(facts, 'de')} – das wurde in diesem Gespräch nicht vereinbart.`,
    en: `The protocol says ${listEn(facts)} – that was not agreed in this conversation.`,
  }),
  followUpMissing: {
    de: 'Folgetermin fehlt, obwohl einer vereinbart wurde.',
    en: 'The follow-up date is missing although one was agreed.',
  },
  followUpBeforeSession: (date: string, session: string): Localized => ({
    de: `Der Folgetermin ${date} liegt vor dem Gesprächstag (${session}).`,
    en: `The follow-up date ${date} lies before the day of the conversation (${session}).`,
  }),
  followUpNoted: { de: 'Folgetermin festgehalten.', en: 'Follow-up date recorded.' },
  moodFits: (noted: ProtocolMood): Localized => ({
    de: `Stimmung am Ende treffend als ${MOOD_LABELS[noted].de} notiert.`,
    en: `Mood at the end noted accurately as ${MOOD_LABELS[noted].en}.`,
  }),
  moodWrong: (noted: ProtocolMood, actual: ProtocolMood): Localized => ({
    de: `Stimmung am Ende als ${MOOD_LABELS[noted].de} notiert, der Kunde war aber ${MOOD_LABELS[actual].de}.`,
    en: `Mood at the end noted as ${MOOD_LABELS[noted].en}, but the customer was ${MOOD_LABELS[actual].en}.`,
  }),
  /** Worded like the debrief's outcome chip, so protocol check and outcome say the same. */
  moodWrongLeftAngry: (noted: ProtocolMood): Localized => ({
    de: `Stimmung am Ende als ${MOOD_LABELS[noted].de} notiert, der Kunde ist aber verärgert gegangen.`,
    en: `Mood at the end noted as ${MOOD_LABELS[noted].en}, but the customer left angry.`,
  }),
  contactData: {
    de: 'Das Protokoll enthält Kontakt- oder Bankdaten – die gehören ins Kundenkonto, ins Protokoll nur das Nötige (Datenschutz).',
    en: 'The protocol contains contact or bank details – those belong in the customer record; a protocol holds only what is needed (data protection).',
  },
  derogatory: {
    de: 'Abwertende Worte über den Kunden gehören nicht ins Protokoll – sachlich festhalten, der Kunde darf es einsehen (DSGVO Art. 15).',
    en: 'Derogatory words about the customer do not belong in a protocol – keep it factual; the customer may ask to see it (GDPR art. 15).',
  },
};
