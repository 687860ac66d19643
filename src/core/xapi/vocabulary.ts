import type { XapiVerb } from './types';

/** ADL verbs (http://adlnet.gov/expapi/verbs/), the ones cmi5 also uses. */
export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { de: 'beantwortete', en: 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { de: 'schloss ab', en: 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { de: 'bestand', en: 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { de: 'bestand nicht', en: 'failed' } },
} as const satisfies Record<string, XapiVerb>;

export const ACTIVITY_TYPES = {
  /** A decision in the conversation, answered by picking one response. */
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  /** The training scenario as a whole. */
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

/** cmi5's extension for the pass mark used to decide passed or failed (scaled 0–1). */
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export const XAPI_VERSION = '1.0.3';
export const PLATFORM = 'Counterpart';
