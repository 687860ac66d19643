import type { XapiVerb } from './types';

/** ADL verbs (http://adlnet.gov/expapi/verbs/), the ones cmi5 also uses. */
export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { de: 'beantwortete', en: 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { de: 'schloss ab', en: 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { de: 'bestand', en: 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { de: 'bestand nicht', en: 'failed' } },
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { de: 'startete', en: 'initialized' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { de: 'beendete', en: 'terminated' } },
} as const satisfies Record<string, XapiVerb>;

export const ACTIVITY_TYPES = {
  /** A decision in the conversation, answered by picking one response. */
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  /** The training scenario as a whole. */
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

/** cmi5's extension for the pass mark used to decide passed or failed (scaled 0–1). */
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** cmi5's category activities: on every cmi5-defined statement, and moveOn on those that decide it. */
export const CMI5_CATEGORY = {
  objectType: 'Activity',
  id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
} as const;
export const MOVE_ON_CATEGORY = {
  objectType: 'Activity',
  id: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
} as const;

/** cmi5's extension carrying the AU session id (part of the LMS's context template). */
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** The account system pseudonyms belong to when the organisation configured none (`.invalid`: RFC 2606, never resolves). */
export const DEFAULT_ACCOUNT_HOMEPAGE = 'https://counterpart.invalid/pseudonyms';
export const PLATFORM = 'Counterpart';
