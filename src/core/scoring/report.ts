import type { Localized, Scenario } from '../scenario/schema';
import type { CustomerType, Difficulty, Mood, Outcome } from '../scenario/vocabulary';
import type { SessionLog } from '../session/log';
import { readConversation } from './acts';
import { type BodyLanguageInput, type BodyLanguageItem, bodyLanguageItems } from './body-language';
import { type EndingRating, rateEnding } from './ending-rating';
import { scoreEscalation } from './escalation';
import { type KeyMoment, keyMoments } from './key-moments';
import { BAND_LABELS, TEXT } from './messages';
import { scoreStructure } from './structure';
import { type ScoreItem, scoreTone } from './tone';
import { scoreTypeRecognition, type TypeRecognitionItem } from './type-recognition';
import { bandOf, CRITICAL_CAP, UNSOLVED_OUTCOMES } from './weights';

export interface FeedbackReport {
  scenarioId: string;
  finished: boolean;
  outcome: Outcome | null;
  /** How good that ending is (the colour of the debrief's chip); null without an ending. */
  endingRating: EndingRating | null;
  /** `capped` says why the overall score was limited (an unsolved concern), when it was. */
  overall: { score: number; verdict: Localized; capped?: Localized };
  /** The level the session ran at (Leicht / Mittel / Schwer). */
  difficulty: Difficulty;
  /** The answer to „Welcher Kundentyp war das?“, once given; never part of `overall`. */
  typeRecognition?: TypeRecognitionItem;
  tone: ScoreItem;
  structure: ScoreItem;
  escalation: ScoreItem;
  bodyLanguage: BodyLanguageItem[];
  keyMoments: KeyMoment[];
  moodTimeline: { at: number; mood: Mood }[];
  decisions: number;
  durationMs: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The overall score before the unsolved cap: the mean of tone, structure and escalation (the debrief shows it beside a capped score). */
export function uncappedOverall(report: {
  tone: { score: number };
  structure: { score: number };
  escalation: { score: number };
}): number {
  return Math.round((report.tone.score + report.structure.score + report.escalation.score) / 3);
}

/** The debrief for a session: three scores with verdicts and reasons, body language, key moments. */
export function buildReport(scenario: Scenario, log: SessionLog, body?: BodyLanguageInput): FeedbackReport {
  const conversation = readConversation(scenario, log);
  const { acts } = conversation;
  const tone = scoreTone(acts, { angryCustomer: scenario.customer.type === 'angry' });
  const structure = scoreStructure(acts, scenario.structure);
  const escalation = scoreEscalation(scenario, conversation);
  const mean = uncappedOverall({ tone, structure, escalation });
  // A path that ends with the concern unsolved is critical, however pleasant the talk was.
  const unsolved = conversation.ending !== null && UNSOLVED_OUTCOMES.includes(conversation.ending.outcome);
  const overall = unsolved ? Math.min(mean, CRITICAL_CAP) : mean;
  const latencies = acts.flatMap((a) => (a.kind === 'response' && a.latencyMs !== null ? [a.latencyMs] : []));
  return {
    scenarioId: scenario.id,
    finished: conversation.ending !== null,
    outcome: conversation.ending?.outcome ?? null,
    endingRating: rateEnding(scenario, conversation),
    overall: { score: overall, verdict: BAND_LABELS[bandOf(overall)], ...(unsolved ? { capped: TEXT.unsolved } : {}) },
    difficulty: log.difficulty ?? 'medium',
    tone,
    structure,
    escalation,
    bodyLanguage: bodyLanguageItems(body, median(latencies)),
    keyMoments: keyMoments(scenario, acts),
    moodTimeline: conversation.moodTimeline,
    decisions: acts.filter((a) => a.kind === 'response').length,
    durationMs: conversation.durationMs,
  };
}

/** The report with the trainee's answer to „Welcher Kundentyp war das?“ added on its own line. */
export function withTypeAnswer(
  report: FeedbackReport,
  scenario: Pick<Scenario, 'customer'>,
  answer: CustomerType | null,
): FeedbackReport {
  return { ...report, typeRecognition: scoreTypeRecognition(scenario, answer) };
}
