/**
 * The protocol rubric's points, traced to the article's documentation section in
 * docs/protocol-scoring.md. They add up to 100 before deductions.
 */
export const PROTOCOL_POINTS = {
  /** „Gesprächsprotokoll: Detailaufnahme der Kundenanliegen“. */
  concern: 30,
  /** „Wesentliche Anliegen, Lösungen und getroffene Vereinbarungen werden schriftlich festgehalten“. */
  agreement: 30,
  /** „Nachverfolgung offener Punkte“ / „Follow-up-Termine“. */
  followUp: 20,
  /** „Protokollierung von Kundenfeedback“: how the customer left. */
  mood: 20,
} as const;

/** An agreement noted that belongs to another ending: wrong, not just incomplete. */
export const PENALTY_WRONG_AGREEMENT = 15;
/** „Datenschutz beachten“: each kind of finding. */
export const PENALTY_CONTACT_DATA = 10;
export const PENALTY_DEROGATORY = 10;
/** A mood one step off the fitting words keeps this share of the mood points. */
export const MOOD_ONE_STEP_SHARE = 0.5;
