import { DEFAULT_ACCOUNT_HOMEPAGE } from '../core/xapi/vocabulary';

/**
 * The organisation's learning-record settings, kept on this device (localStorage, read
 * synchronously at start-up like the retention setting): the account system the trainee
 * pseudonyms belong to, and optionally an LRS the finished sessions' statements go to.
 * A cmi5 launch brings its own actor and LRS and ignores these.
 */
export interface OrganisationSettings {
  /** `actor.account.homePage` of every statement; default DEFAULT_ACCOUNT_HOMEPAGE (says "not configured"). */
  accountHomePage: string;
  /** Where statements are sent after each session; null: only downloaded by hand. */
  lrs: LrsSettings | null;
}

export interface LrsSettings {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.org/xapi/` (statements go to `<endpoint>statements`). */
  endpoint: string;
  /** HTTP Basic credentials (an LRS "key" and "secret"). */
  username: string;
  password: string;
}

export const ORGANISATION_KEY = 'counterpart.organisation';

export const DEFAULT_ORGANISATION: OrganisationSettings = { accountHomePage: DEFAULT_ACCOUNT_HOMEPAGE, lrs: null };

/** Whether a text is an absolute http(s) address (what xAPI needs for homePage and an endpoint). */
export function isHttpAddress(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

/** The settings stored on this device; anything unreadable falls back to the defaults. */
export function readOrganisation(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): OrganisationSettings {
  try {
    const raw = storage?.getItem(ORGANISATION_KEY);
    if (!raw) return DEFAULT_ORGANISATION;
    const parsed = JSON.parse(raw) as Partial<OrganisationSettings>;
    const homePage =
      typeof parsed.accountHomePage === 'string' && isHttpAddress(parsed.accountHomePage)
        ? parsed.accountHomePage
        : DEFAULT_ACCOUNT_HOMEPAGE;
    const lrs = parsed.lrs;
    const validLrs =
      lrs &&
      typeof lrs.endpoint === 'string' &&
      isHttpAddress(lrs.endpoint) &&
      typeof lrs.username === 'string' &&
      typeof lrs.password === 'string'
        ? { endpoint: lrs.endpoint, username: lrs.username, password: lrs.password }
        : null;
    return { accountHomePage: homePage, lrs: validLrs };
  } catch {
    // Storage disabled or a broken value: the defaults, nothing is sent anywhere.
    return DEFAULT_ORGANISATION;
  }
}

export function writeOrganisation(
  settings: OrganisationSettings,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(ORGANISATION_KEY, JSON.stringify(settings));
    return true;
  } catch (error) {
    console.warn('Counterpart: could not store the organisation settings', error);
    return false;
  }
}

/** `Authorization` header value for HTTP Basic (UTF-8 safe, unlike a bare btoa). */
export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}
