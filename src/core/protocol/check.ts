import type { Localized } from '../scenario/schema';
import { BAND_LABELS } from '../scoring/messages';
import { bandOf } from '../scoring/weights';
import type { FactPart, KeyFact } from './key-facts';
import { compileKeywords, mentionIn } from './keywords';
import { PROTOCOL_TEXT } from './messages';
import { finalMoodCategory, fittingFinalMoods, moodDistance } from './mood-category';
import { clausedTokensOf } from './normalise';
import { OUTCOME_WORDS, UNFINISHED_WORDS } from './outcome-words';
import { privacyFindings } from './privacy';
import type { ConversationProtocol } from './schema';
import { AGREEMENT_OUTCOMES, type SessionFacts } from './session-facts';
import {
  MOOD_ONE_STEP_SHARE,
  PENALTY_CONTACT_DATA,
  PENALTY_DEROGATORY,
  PENALTY_WRONG_AGREEMENT,
  PROTOCOL_POINTS,
} from './weights';

export interface FactFinding {
  id: string;
  label: Localized;
  part: FactPart;
  required: boolean;
  /** The fact belongs to what happened (an agreement fact of another ending does not). */
  applies: boolean;
  /** Mentioned as it stands at least once. */
  mentioned: boolean;
  /** Mentioned, but only negated („kein Austauschgerät“): the protocol says the opposite. */
  negated: boolean;
}

/** The protocol as a fourth feedback item: the same shape as tone, structure and escalation. */
export interface ProtocolCheck {
  score: number;
  verdict: Localized;
  reasons: Localized[];
  /** Points per part (deductions negative), for the review's breakdown. */
  parts: { concern: number; agreement: number; followUp: number; mood: number; privacy: number };
  facts: FactFinding[];
}

const appliesTo = (fact: KeyFact, ending: SessionFacts['ending']): boolean =>
  fact.part === 'concern' || (ending !== null && (fact.endings === undefined || fact.endings.includes(ending.node)));

/** Points for covering the required facts of a part: all of them, a share, or none at all. */
function coverage(findings: readonly FactFinding[], points: number): number {
  const required = findings.filter((f) => f.required);
  if (required.length === 0) return points;
  return (points * required.filter((f) => f.mentioned).length) / required.length;
}

/**
 * What a part's facts come to: the required ones missing, any denied („kein Austauschgerät“,
 * required or not: the protocol says the opposite of what happened), or complete. A denied fact
 * only loses its share of the points, like a missing one; it is named apart so the trainee
 * knows the words were found but read as „nicht“.
 */
function factReasons(
  facts: readonly FactFinding[],
  missingText: (labels: readonly Localized[]) => Localized,
  deniedText: (labels: readonly Localized[]) => Localized,
  complete: Localized,
): Localized[] {
  const missing = facts.filter((f) => f.required && !f.mentioned && !f.negated).map((f) => f.label);
  const denied = facts.filter((f) => f.negated).map((f) => f.label);
  const out: Localized[] = [];
  if (missing.length > 0) out.push(missingText(missing));
  if (denied.length > 0) out.push(deniedText(denied));
  return out.length > 0 ? out : [complete];
}

/**
 * Checks a trainee's protocol against the session: the scenario's key facts (in either
 * language), the ending reached, the agreed follow-up and the customer's final mood. Rubric and
 * sources: docs/protocol-scoring.md.
 */
export function checkProtocol(
  protocol: ConversationProtocol,
  happened: SessionFacts,
  keyFacts: readonly KeyFact[],
): ProtocolCheck {
  const reasons: Localized[] = [];
  const concernText = clausedTokensOf(protocol.concern);
  const agreementText = clausedTokensOf(protocol.agreement);
  const { ending } = happened;

  const facts: FactFinding[] = keyFacts.map((fact) => {
    const keywords = compileKeywords([...fact.keywords.de, ...fact.keywords.en]);
    // A concern describes faults with negated verbs („pumpt nicht ab“); only „kein …“ denies one there.
    const mention =
      fact.part === 'concern' ? mentionIn(concernText, keywords, 'noun') : mentionIn(agreementText, keywords, 'clause');
    return {
      id: fact.id,
      label: fact.label,
      part: fact.part,
      required: fact.required,
      applies: appliesTo(fact, ending),
      mentioned: mention === 'positive',
      negated: mention === 'negated',
    };
  });

  // Concern: what the customer came with.
  let concern = 0;
  const concernFacts = facts.filter((f) => f.part === 'concern');
  if (concernText.words.length === 0) reasons.push(PROTOCOL_TEXT.concernEmpty);
  else {
    concern = coverage(concernFacts, PROTOCOL_POINTS.concern);
    reasons.push(
      ...factReasons(
        concernFacts,
        PROTOCOL_TEXT.concernMissing,
        PROTOCOL_TEXT.concernDenied,
        PROTOCOL_TEXT.concernComplete,
      ),
    );
  }

  // Agreement: the facts of the ending reached, or a record that there was none.
  let agreement = 0;
  const agreementFacts = facts.filter((f) => f.part === 'agreement' && f.applies);
  const wrong = facts.filter((f) => f.part === 'agreement' && !f.applies && f.mentioned);
  const reached = ending !== null && AGREEMENT_OUTCOMES.includes(ending.outcome);
  if (agreementText.words.length === 0) reasons.push(PROTOCOL_TEXT.agreementEmpty);
  else if (reached && agreementFacts.some((f) => f.required)) {
    agreement = coverage(agreementFacts, PROTOCOL_POINTS.agreement);
    reasons.push(
      ...factReasons(
        agreementFacts,
        PROTOCOL_TEXT.agreementMissing,
        PROTOCOL_TEXT.agreementDenied,
        PROTOCOL_TEXT.agreementComplete,
      ),
    );
  } else {
    const words = compileKeywords(ending ? OUTCOME_WORDS[ending.outcome] : UNFINISHED_WORDS);
    if (mentionIn(agreementText, words, 'clause') === 'positive') agreement = PROTOCOL_POINTS.agreement;
    else reasons.push(PROTOCOL_TEXT.outcomeMissing(ending?.outcome ?? null));
    // A fact of every ending („Ladebuchse getauscht“) denied: named, the points come from the outcome.
    const denied = agreementFacts.filter((f) => f.negated).map((f) => f.label);
    if (denied.length > 0) reasons.push(PROTOCOL_TEXT.agreementDenied(denied));
  }
  if (wrong.length > 0) {
    agreement = Math.max(0, agreement - PENALTY_WRONG_AGREEMENT);
    reasons.push(PROTOCOL_TEXT.wrongAgreement(wrong.map((f) => f.label)));
  }

  // Follow-up: a date when one was agreed, and never before the conversation.
  let followUp: number = PROTOCOL_POINTS.followUp;
  if (happened.followUpAgreed && protocol.followUp === null) {
    followUp = 0;
    reasons.push(PROTOCOL_TEXT.followUpMissing);
  } else if (protocol.followUp !== null && happened.sessionDate !== null && protocol.followUp < happened.sessionDate) {
    followUp = 0;
    reasons.push(PROTOCOL_TEXT.followUpBeforeSession(protocol.followUp, happened.sessionDate));
  } else if (happened.followUpAgreed) reasons.push(PROTOCOL_TEXT.followUpNoted);

  // Mood at the end: any word that fits within the tolerance is right.
  let mood: number = PROTOCOL_POINTS.mood;
  // The same category the debrief's outcome states (finalMoodCategory), so the two never disagree.
  const outcome = ending?.outcome ?? null;
  const actual = finalMoodCategory(happened.finalMood, outcome);
  if (fittingFinalMoods(happened.finalMood, outcome).has(protocol.mood))
    reasons.push(PROTOCOL_TEXT.moodFits(protocol.mood));
  else {
    mood = moodDistance(protocol.mood, actual) === 1 ? PROTOCOL_POINTS.mood * MOOD_ONE_STEP_SHARE : 0;
    reasons.push(
      outcome === 'customer_left_angry'
        ? PROTOCOL_TEXT.moodWrongLeftAngry(protocol.mood)
        : PROTOCOL_TEXT.moodWrong(protocol.mood, actual),
    );
  }

  // Data protection.
  let privacy = 0;
  const found = privacyFindings([protocol.concern, protocol.agreement]);
  if (found.contactData) {
    privacy -= PENALTY_CONTACT_DATA;
    reasons.push(PROTOCOL_TEXT.contactData);
  }
  if (found.derogatory) {
    privacy -= PENALTY_DEROGATORY;
    reasons.push(PROTOCOL_TEXT.derogatory);
  }

  const score = Math.max(0, Math.min(100, Math.round(concern + agreement + followUp + mood + privacy)));
  return {
    score,
    verdict: BAND_LABELS[bandOf(score)],
    reasons,
    parts: { concern: Math.round(concern), agreement: Math.round(agreement), followUp, mood, privacy },
    facts,
  };
}
