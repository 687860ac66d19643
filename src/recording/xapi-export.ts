import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { buildStatements } from '../core/xapi/statements';
import type { XapiStatement } from '../core/xapi/types';
import { readOrganisation } from '../storage/organisation-settings';

/**
 * The xAPI statements of a session for the organisation's learning record store. The account's
 * home page is the organisation's setting (`accountHomePage`, see src/storage/organisation-settings.ts): the
 * account system the pseudonyms belong to. The activity ids live under this app's own address,
 * where the scenarios are.
 */
export function statementsOf(
  recording: Recording,
  scenario: Scenario,
  appUrl: string,
  homePage = readOrganisation().accountHomePage,
): XapiStatement[] {
  const origin = new URL(appUrl).origin;
  return buildStatements(recording, scenario, { homePage, activityBase: `${origin}/counterpart` });
}

export function statementsFileName(recording: Recording): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `counterpart-xapi-${safe(recording.scenarioId)}-${safe(recording.pseudonym)}-${recording.startedAt.slice(0, 10)}.json`;
}
