import { displayedResponses } from '../dialogue/present';
import { fill, type PlaceholderValues, placeholderValues, wordingAt } from '../dialogue/text';
import { sessionLogOf } from '../recording/create';
import type { Recording } from '../recording/schema';
import type { Localized, Scenario } from '../scenario/schema';
import { buildReport } from '../scoring/report';
import { bodyLanguageFromTotals } from '../sensing/totals';
import { trace } from '../session/log';
import { activeWithin } from './active-time';
import { type Cmi5Context, cmi5ContextOf } from './cmi5-context';
import { addMilliseconds, isoDuration } from './iso-time';
import type { LanguageMap, XapiAccountActor, XapiActivity, XapiContext, XapiStatement } from './types';
import { uuidV5 } from './uuid';
import {
  ACTIVITY_TYPES,
  CMI5_CATEGORY,
  MASTERY_SCORE_EXTENSION,
  MOVE_ON_CATEGORY,
  PLATFORM,
  VERBS,
} from './vocabulary';

export interface StatementOptions {
  /** The organisation's account system (an http(s) IRL), e.g. `https://lms.example.org`. */
  homePage: string;
  /** Base IRI of Counterpart's activities, e.g. `https://training.example.org/counterpart`. */
  activityBase: string;
  /** Overall score 0–100; default: the debrief's overall score, recomputed from the log. */
  score?: number;
  /** Score at or above which the session counts as passed (default 70, the "Gut / Good" band). */
  passingScore?: number;
  /** Statement ids; default: UUID v5 of the recording id and the statement's index. */
  idFor?: (index: number) => string;
  /**
   * Set when an LMS launched the app as a cmi5 assignable unit: the launch's actor, registration
   * and context template go on every statement, and completed/passed/failed become cmi5-defined
   * statements about the launched activity (see cmi5-context.ts).
   */
  cmi5?: Cmi5Context;
}

export const DEFAULT_PASSING_SCORE = 70;
const SCORE = { min: 0, max: 100 } as const;

const IRI = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

function languageMap(text: Localized, values: { de: PlaceholderValues; en: PlaceholderValues }): LanguageMap {
  return { de: fill(text.de, values.de), en: fill(text.en, values.en) };
}

/**
 * The xAPI statements of a finished (or abandoned) session, in order: one `answered` per
 * decision the trainee answered, then — only when the conversation reached an ending —
 * `completed` and `passed` or `failed`. cmi5's result rules are followed: completion only on
 * completed, success and score only on passed/failed, a duration on all three.
 */
export function buildStatements(recording: Recording, scenario: Scenario, options: StatementOptions): XapiStatement[] {
  if (!IRI.test(options.homePage))
    throw new RangeError(`homePage must be an http(s) address, not "${options.homePage}"`);
  if (!IRI.test(options.activityBase))
    throw new RangeError(`activityBase must be an http(s) address, not "${options.activityBase}"`);
  const base = options.activityBase.replace(/\/+$/, '');
  const log = sessionLogOf(recording);
  const values = {
    de: placeholderValues(scenario, 'de', log.placeholders),
    en: placeholderValues(scenario, 'en', log.placeholders),
  };
  const idFor = options.idFor ?? ((index: number) => uuidV5(recording.id, `statement/${index}`));

  const { cmi5 } = options;
  const actor: XapiAccountActor = cmi5?.actor ?? {
    objectType: 'Agent',
    account: { homePage: options.homePage, name: recording.pseudonym },
  };
  const scenarioActivity: XapiActivity = {
    objectType: 'Activity',
    id: `${base}/scenarios/${encodeURIComponent(scenario.id)}`,
    definition: {
      type: ACTIVITY_TYPES.simulation,
      name: languageMap(scenario.title, values),
      description: languageMap(scenario.briefing, values),
    },
  };
  const own = (extra: Partial<XapiContext> = {}): XapiContext => ({
    registration: recording.id,
    platform: PLATFORM,
    language: recording.locale,
    ...extra,
  });
  // Under cmi5 every statement starts from the LMS's context template (cmi5 §10.2.1).
  const context = (extra: Partial<XapiContext> = {}): XapiContext =>
    cmi5 ? cmi5ContextOf(cmi5, own(extra)) : own(extra);
  const at = (ms: number) => addMilliseconds(recording.startedAt, ms);

  const statements: Omit<XapiStatement, 'id'>[] = [];
  const steps = trace(scenario, log);
  let ending: { node: string } | null = null;
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) {
      ending = r.value.ending;
      break;
    }
    const { intent, before } = r.value;
    if (intent.type !== 'choose') continue;
    const nodeId = before.beat.node;
    const node = scenario.nodes[nodeId];
    const said = node?.say.map((line) => wordingAt(line.text, 0)) ?? [];
    const latency = before.choicesShownAt === null ? null : intent.at - before.choicesShownAt;
    statements.push({
      actor,
      verb: VERBS.answered,
      object: {
        objectType: 'Activity',
        id: `${scenarioActivity.id}/nodes/${encodeURIComponent(nodeId)}`,
        definition: {
          type: ACTIVITY_TYPES.interaction,
          name: {
            de: `${scenario.title.de} – Entscheidung „${nodeId}“`,
            en: `${scenario.title.en} – decision "${nodeId}"`,
          },
          description: languageMap(
            { de: said.map((s) => s.de).join(' '), en: said.map((s) => s.en).join(' ') },
            values,
          ),
          interactionType: 'choice',
          // In the order the trainee saw them (shuffled per decision).
          choices: displayedResponses(node, before).map((response) => ({
            id: response.id,
            description: languageMap(response.text, values),
          })),
        },
      },
      result: { response: intent.response, ...(latency !== null ? { duration: isoDuration(latency) } : {}) },
      context: context({ contextActivities: { parent: [scenarioActivity] } }),
      timestamp: at(intent.at),
    });
  }

  // A cmi5 launch in Browse or Review mode, or one that already judged, sends no result (cmi5 §10.2.2).
  if (ending && (cmi5 === undefined || cmi5.judge)) {
    const durationMs = recording.timings.durationMs;
    // The learner's time: the pauses (menu, page hidden, headset off) are not part of it.
    const duration = isoDuration(activeWithin(recording.intents, 0, durationMs));
    const raw = Math.round(
      Math.min(
        SCORE.max,
        Math.max(
          SCORE.min,
          options.score ?? buildReport(scenario, log, bodyLanguageFromTotals(recording.sensing)).overall.score,
        ),
      ),
    );
    const scaled = (raw - SCORE.min) / (SCORE.max - SCORE.min);
    // The LMS's mastery score (0–1) decides when it gave one (cmi5 §10.2.4), otherwise the app's pass mark.
    const mastery = cmi5?.masteryScore ?? (options.passingScore ?? DEFAULT_PASSING_SCORE) / SCORE.max;
    const passed = scaled >= mastery - 1e-9;
    const end = at(durationMs);
    // cmi5-defined statements are about the launched AU and carry the cmi5 and moveOn categories.
    const judged = cmi5
      ? {
          object: { objectType: 'Activity', id: cmi5.activityId } as XapiActivity,
          category: { category: [CMI5_CATEGORY, MOVE_ON_CATEGORY] },
        }
      : { object: scenarioActivity, category: undefined };
    statements.push({
      actor,
      verb: VERBS.completed,
      object: judged.object,
      result: { completion: true, duration },
      context: context(judged.category ? { contextActivities: judged.category } : {}),
      timestamp: end,
    });
    statements.push({
      actor,
      verb: passed ? VERBS.passed : VERBS.failed,
      object: judged.object,
      result: { success: passed, duration, score: { scaled, raw, min: SCORE.min, max: SCORE.max } },
      context: context({
        ...(judged.category ? { contextActivities: judged.category } : {}),
        extensions: { [MASTERY_SCORE_EXTENSION]: mastery },
      }),
      timestamp: end,
    });
  }
  return statements.map((s, index) => ({ id: idFor(index), ...s }));
}
