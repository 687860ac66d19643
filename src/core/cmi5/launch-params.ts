import type { Localized } from '../scenario/schema';
import type { XapiAccountActor } from '../xapi/types';
import { isUuid } from '../xapi/uuid';

/**
 * The five query parameters a cmi5 LMS appends to an AU's URL (cmi5 §8.1): where the LRS is,
 * where to fetch the one-time auth token, who the learner is, which registration and which AU.
 */
export interface LaunchParams {
  /** The LRS's xAPI endpoint, ending in "/". */
  endpoint: string;
  fetchUrl: string;
  actor: XapiAccountActor;
  registration: string;
  activityId: string;
}

export type LaunchParse =
  | { kind: 'none' }
  | { kind: 'launch'; params: LaunchParams }
  | { kind: 'invalid'; field: string; message: Localized };

export const LAUNCH_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** Whether a query string carries any cmi5 launch parameter (cheap: decides whether to load the cmi5 code). */
export function looksLikeCmi5Launch(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('fetch') && params.has('endpoint');
}

const ABSOLUTE = /^https?:\/\/[^\s/?#]+\S*$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const invalid = (field: string, de: string, en: string): LaunchParse => ({
  kind: 'invalid',
  field,
  message: { de, en },
});

/**
 * Reads a launch from a query string. No cmi5 parameter at all is `none` (an ordinary start);
 * some but not all, or a malformed one, is `invalid` with the field and a message in both languages.
 */
export function parseLaunchParams(search: string): LaunchParse {
  const params = new URLSearchParams(search);
  if (!LAUNCH_PARAMETERS.some((p) => params.has(p))) return { kind: 'none' };
  for (const p of LAUNCH_PARAMETERS) {
    if (!params.get(p))
      return invalid(p, `Der Startparameter „${p}“ fehlt.`, `The launch parameter "${p}" is missing.`);
  }
  const endpoint = params.get('endpoint') as string;
  const fetchUrl = params.get('fetch') as string;
  const registration = params.get('registration') as string;
  const activityId = params.get('activityId') as string;
  if (!ABSOLUTE.test(endpoint))
    return invalid('endpoint', '„endpoint“ ist keine http(s)-Adresse.', '"endpoint" is not an http(s) address.');
  if (!ABSOLUTE.test(fetchUrl))
    return invalid('fetch', '„fetch“ ist keine http(s)-Adresse.', '"fetch" is not an http(s) address.');
  if (!isUuid(registration.toLowerCase()))
    return invalid('registration', '„registration“ ist keine UUID.', '"registration" is not a UUID.');
  if (!IRI.test(activityId)) return invalid('activityId', '„activityId“ ist keine IRI.', '"activityId" is not an IRI.');
  let actor: unknown;
  try {
    actor = JSON.parse(params.get('actor') as string);
  } catch {
    return invalid('actor', '„actor“ ist kein JSON.', '"actor" is not JSON.');
  }
  const account = (actor as { account?: { homePage?: unknown; name?: unknown } } | null)?.account;
  if (typeof account?.homePage !== 'string' || typeof account.name !== 'string' || account.name === '') {
    // cmi5 §8.1.3: the LMS names the learner by an account.
    return invalid(
      'actor',
      '„actor“ ist kein Agent mit „account“ (homePage, name).',
      '"actor" is not an Agent with an "account" (homePage, name).',
    );
  }
  return {
    kind: 'launch',
    params: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetchUrl,
      actor: { objectType: 'Agent', account: { homePage: account.homePage, name: account.name } },
      registration: registration.toLowerCase(),
      activityId,
    },
  };
}
