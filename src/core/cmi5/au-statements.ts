import type { Cmi5Context } from '../xapi/cmi5-context';
import { cmi5ContextOf } from '../xapi/cmi5-context';
import { isoDuration } from '../xapi/iso-time';
import type { XapiStatement } from '../xapi/types';
import { CMI5_CATEGORY, PLATFORM, VERBS } from '../xapi/vocabulary';
import type { LaunchData } from './launch-data';
import type { LaunchParams } from './launch-params';

/** What the statements of a launch need, from its parameters and launch data. */
export function cmi5ContextFor(params: LaunchParams, data: LaunchData, alreadyJudged: boolean): Cmi5Context {
  const context: Cmi5Context = {
    activityId: params.activityId,
    registration: params.registration,
    actor: params.actor,
    contextTemplate: data.contextTemplate,
    // Browse and Review look around without a result; a launch judges only once (cmi5 §9.3).
    judge: data.launchMode === 'Normal' && !alreadyJudged,
  };
  if (data.masteryScore !== undefined) context.masteryScore = data.masteryScore;
  return context;
}

interface AuStatementInput {
  id: string;
  /** ISO date-time from the caller's clock. */
  timestamp: string;
  locale: string;
}

/** A cmi5-defined statement about the launched AU: the cmi5 category, the template, the registration. */
function auStatement(
  cmi5: Cmi5Context,
  verb: (typeof VERBS)['initialized' | 'terminated'],
  input: AuStatementInput,
): XapiStatement {
  return {
    id: input.id,
    actor: cmi5.actor,
    verb,
    object: { objectType: 'Activity', id: cmi5.activityId },
    context: cmi5ContextOf(cmi5, {
      registration: cmi5.registration,
      platform: PLATFORM,
      language: input.locale,
      contextActivities: { category: [CMI5_CATEGORY] },
    }),
    timestamp: input.timestamp,
  };
}

/** The first statement of an AU session (cmi5 §9.3.2). */
export function initializedStatement(cmi5: Cmi5Context, input: AuStatementInput): XapiStatement {
  return auStatement(cmi5, VERBS.initialized, input);
}

/** The last statement of an AU session (cmi5 §9.3.8), with the session's length. */
export function terminatedStatement(
  cmi5: Cmi5Context,
  input: AuStatementInput & { durationMs: number },
): XapiStatement {
  return { ...auStatement(cmi5, VERBS.terminated, input), result: { duration: isoDuration(input.durationMs) } };
}
