import type { XapiAccountActor } from './types';

/** Resource addresses of an LRS (xAPI 1.0.3 part 3), from its endpoint with or without a trailing "/". */
const base = (endpoint: string) => (endpoint.endsWith('/') ? endpoint : `${endpoint}/`);

/** PUT target of one statement: idempotent, so a retry after a lost answer stores nothing twice. */
export function statementUrl(endpoint: string, statementId: string): string {
  return `${base(endpoint)}statements?statementId=${encodeURIComponent(statementId)}`;
}

export function stateUrl(
  endpoint: string,
  query: { activityId: string; agent: XapiAccountActor; registration: string; stateId: string },
): string {
  const params = new URLSearchParams({
    stateId: query.stateId,
    activityId: query.activityId,
    agent: JSON.stringify(query.agent),
    registration: query.registration,
  });
  return `${base(endpoint)}activities/state?${params}`;
}

export function agentProfileUrl(endpoint: string, agent: XapiAccountActor, profileId: string): string {
  return `${base(endpoint)}agents/profile?${new URLSearchParams({ agent: JSON.stringify(agent), profileId })}`;
}
