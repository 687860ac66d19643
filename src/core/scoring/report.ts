import type { SessionLog } from '../session/log';
import type { Localized, Scenario } from '../scenario/schema';
import type { Mood, Outcome } from '../scenario/vocabulary';
import { readConversation } from './acts';
import { type BodyLanguageInput, type BodyLanguageItem, bodyLanguageItems } from './body-language';
import { type EndingRating, rateEnding } from './ending-rating';
import { scoreEscalation } from './escalation';
import { type KeyMoment, keyMoments } from './key-moments';
import { BAND_LABELS } from './messages';
import { scoreStructure } from './structure';
import { type ScoreItem, scoreTone } from './tone';
import { bandOf } from './weights';

export interface FeedbackReport {
  scenarioId: string;
  finished: boolean;
  outcome: Outcome | null;
  /** How good that ending is (the colour of the debrief's chip); null without an ending. */
  endingRating: EndingRating | null;
  overall: { score: number; verdict: Localized };
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

/** The debrief for a session: three scores with verdicts and reasons, body language, key moments. */
export function buildReport(scenario: Scenario, log: SessionLog, body?: BodyLanguageInput): FeedbackReport {
  const conversation = readConversation(scenario, log);
  const { acts } = conversation;
  const tone = scoreTone(acts);
  const structure = scoreStructure(acts, scenario.structure);
  const escalation = scoreEscalation(scenario, conversation);
  const overall = Math.round((tone.score + structure.score + escalation.score) / 3);
  const latencies = acts.flatMap((a) => (a.kind === 'response' && a.latencyMs !== null ? [a.latencyMs] : []));
  return {
    scenarioId: scenario.id,
    finished: conversation.ending !== null,
    outcome: conversation.ending?.outcome ?? null,
    endingRating: rateEnding(scenario, conversation),
    overall: { score: overall, verdict: BAND_LABELS[bandOf(overall)] },
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
