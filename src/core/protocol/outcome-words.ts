import type { Outcome } from '../scenario/vocabulary';

/**
 * Words that show a protocol records how the conversation ended, for endings without an
 * agreement to list (and agreements a scenario names no facts for). German and English are both
 * accepted whatever the session's language.
 */
const NO_AGREEMENT = [
  'keine Einigung',
  'keine Lösung',
  'keine Vereinbarung',
  'nicht einig',
  'ungelöst',
  'offen',
  'gegangen',
  'abgebrochen',
  'ohne Ergebnis',
  'Bedenkzeit',
  'überlegt',
  'unentschlossen',
  'no agreement',
  'no solution',
  'unresolved',
  'open',
  'left',
  'walked out',
  'undecided',
  'think it over',
  'broke off',
  'without result',
];

export const OUTCOME_WORDS: Record<Outcome, readonly string[]> = {
  resolved: [
    'vereinbart',
    'Lösung',
    'geeinigt',
    'zugesagt',
    'Zusage',
    'gelöst',
    'agreed',
    'solution',
    'solved',
    'resolved',
    'promised',
    'arranged',
  ],
  follow_up_agreed: [
    'Termin',
    'Folgetermin',
    'Rückruf',
    'vereinbart',
    'appointment',
    'follow-up',
    'call back',
    'agreed',
    'arranged',
  ],
  escalated_to_supervisor: [
    'Vorgesetzte',
    'Führungskraft',
    'Chef',
    'Chefin',
    'Teamleitung',
    'Teamleiter',
    'übergeben',
    'weitergeleitet',
    'eskaliert',
    'supervisor',
    'manager',
    'team lead',
    'handed over',
    'escalated',
    'passed on',
  ],
  relationship_ended: [
    'Geschäftsbeziehung',
    'beendet',
    'Trennung',
    'keine weitere Zusammenarbeit',
    'gekündigt',
    'relationship',
    'ended',
    'terminated',
    'no further business',
    'parted ways',
  ],
  customer_left_angry: NO_AGREEMENT,
  customer_left_undecided: NO_AGREEMENT,
};

/** For a conversation that was not finished. */
export const UNFINISHED_WORDS: readonly string[] = [
  ...NO_AGREEMENT,
  'nicht beendet',
  'unterbrochen',
  'not finished',
  'interrupted',
];
