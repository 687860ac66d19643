import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { buildStatements } from '../core/xapi/statements';
import type { XapiStatement } from '../core/xapi/types';

/**
 * The xAPI statements of a session for the organisation's learning record store. The account's
 * home page and the activity ids are this app's own address: the place the pseudonym belongs to
 * and the scenarios live; an LRS import maps them as it needs.
 */
export function statementsOf(recording: Recording, scenario: Scenario, appUrl: string): XapiStatement[] {
  const origin = new URL(appUrl).origin;
  return buildStatements(recording, scenario, { homePage: origin, activityBase: `${origin}/counterpart` });
}

export function statementsFileName(recording: Recording): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `counterpart-xapi-${safe(recording.scenarioId)}-${safe(recording.pseudonym)}-${recording.startedAt.slice(0, 10)}.json`;
}
