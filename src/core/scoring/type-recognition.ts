import type { Localized, Scenario } from '../scenario/schema';
import type { CustomerType } from '../scenario/vocabulary';

/**
 * „Welcher Kundentyp war das?“ — the debrief's question after a conversation (in assessment the
 * menu no longer names the type). Recognising the type early is the article's first skill
 * („die frühzeitige Erkennung dieser Muster ist essenziell, um die richtige
 * Kommunikationsstrategie zu wählen“). Scored on its own line, never in the overall score: it is
 * asked afterwards and says nothing about how the conversation went.
 */

export const TYPE_QUESTION: Localized = { de: 'Welcher Kundentyp war das?', en: 'Which type of customer was this?' };

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, Localized> = {
  angry: { de: 'Der Wütende', en: 'The angry customer' },
  indecisive: { de: 'Der Unentschlossene', en: 'The indecisive customer' },
  demanding: { de: 'Der Anspruchsvolle', en: 'The demanding customer' },
  talkative: { de: 'Der Redselige', en: 'The talkative customer' },
  suspicious: { de: 'Der Misstrauische', en: 'The suspicious customer' },
  custom: { de: 'Ein anderer Typ', en: 'Another type' },
};

/** The signs of each type and the strategy they call for, as the article describes them. */
export const CUSTOMER_TYPE_SIGNS: Record<CustomerType, Localized> = {
  angry: {
    de: 'Erkennbar an lauter, aggressiver, emotional aufgeladener Sprache. Strategie: zuhören, Dampf ablassen lassen, dann sachlich bleiben.',
    en: 'Recognisable by loud, aggressive, emotionally charged language. Strategy: listen, let them let off steam, then stay factual.',
  },
  indecisive: {
    de: 'Erkennbar am Zögern, an vielen Fragen und daran, dass keine Entscheidung fällt. Strategie: gezielte, geschlossene Fragen und Alternativen anbieten.',
    en: 'Recognisable by hesitating, asking many questions and never deciding. Strategy: targeted closed questions and offering alternatives.',
  },
  demanding: {
    de: 'Erkennbar an hohen, oft unrealistischen Forderungen. Strategie: Grenzen setzen und individuelle Lösungen anbieten.',
    en: 'Recognisable by high, often unrealistic demands. Strategy: set limits and offer individual solutions.',
  },
  talkative: {
    de: 'Erkennbar daran, dass er viel Zeit mit Wiederholungen und Abschweifungen beansprucht. Strategie: das Gespräch fokussieren, freundlich, aber bestimmt unterbrechen.',
    en: 'Recognisable by taking up a lot of time with repetition and digressions. Strategy: focus the conversation, interrupt kindly but firmly.',
  },
  suspicious: {
    de: 'Erkennbar an vielen kritischen Nachfragen und Zweifeln an Ihren Aussagen. Strategie: Transparenz schaffen, Fakten klar und nachvollziehbar nennen.',
    en: 'Recognisable by many critical follow-up questions and doubting what you say. Strategy: be transparent, state facts clearly and verifiably.',
  },
  custom: {
    de: 'Dieser Kunde passt in keinen der fünf Grundtypen; achten Sie auf seine Signale statt auf ein Schema.',
    en: 'This customer fits none of the five basic types; watch their signals rather than a pattern.',
  },
};

export interface TypeRecognitionItem {
  /** The type the trainee named, or null when the question was skipped. */
  answer: CustomerType | null;
  actual: CustomerType;
  correct: boolean;
  /** 100 when recognised, 0 otherwise: one question, one point. */
  score: number;
  feedback: Localized;
}

/** Scores the trainee's answer to „Welcher Kundentyp war das?“ for this scenario. */
export function scoreTypeRecognition(
  scenario: Pick<Scenario, 'customer'>,
  answer: CustomerType | null,
): TypeRecognitionItem {
  const actual = scenario.customer.type;
  const correct = answer === actual;
  const label = CUSTOMER_TYPE_LABELS[actual];
  const signs = CUSTOMER_TYPE_SIGNS[actual];
  const feedback: Localized = correct
    ? { de: `Richtig erkannt: ${label.de}. ${signs.de}`, en: `Correctly recognised: ${label.en}. ${signs.en}` }
    : answer === null
      ? { de: `Keine Antwort. Es war: ${label.de}. ${signs.de}`, en: `No answer. It was: ${label.en}. ${signs.en}` }
      : {
          de: `Nicht ganz: Sie haben „${CUSTOMER_TYPE_LABELS[answer].de}“ gewählt, es war „${label.de}“. ${signs.de}`,
          en: `Not quite: you chose “${CUSTOMER_TYPE_LABELS[answer].en}”, it was “${label.en}”. ${signs.en}`,
        };
  return { answer, actual, correct, score: correct ? 100 : 0, feedback };
}
