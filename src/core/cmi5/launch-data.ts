import type { Localized } from '../scenario/schema';
import type { Locale } from '../scenario/vocabulary';
import type { XapiContextTemplate } from '../xapi/cmi5-context';
import { SESSION_ID_EXTENSION } from '../xapi/vocabulary';

export const LAUNCH_MODES = ['Normal', 'Browse', 'Review'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];
export const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof MOVE_ON)[number];

/** The LMS's `LMS.LaunchData` state document (cmi5 §10.2), the parts the AU acts on. */
export interface LaunchData {
  contextTemplate: XapiContextTemplate;
  launchMode: LaunchMode;
  moveOn: MoveOn;
  /** Scaled 0–1; absent when the LMS leaves passing to the AU. */
  masteryScore?: number;
  /** Where to send the learner after terminating, if the LMS wants them back. */
  returnURL?: string;
  /** The course author's parameters for this AU (free text; may name the scenario). */
  launchParameters?: string;
  /** The session id from the template's extension: the same on every statement of this launch. */
  sessionId: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: Localized };

const fail = (field: string, de: string, en: string): Parsed<never> => ({ ok: false, field, message: { de, en } });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the state document; every fault names its field in both languages. */
export function parseLaunchData(document: unknown): Parsed<LaunchData> {
  if (!isObject(document))
    return fail('LMS.LaunchData', 'LMS.LaunchData ist kein JSON-Objekt.', 'LMS.LaunchData is not a JSON object.');
  const { contextTemplate, launchMode, moveOn, masteryScore, returnURL, launchParameters } = document;
  if (!isObject(contextTemplate))
    return fail(
      'contextTemplate',
      '„contextTemplate“ fehlt in LMS.LaunchData.',
      '"contextTemplate" is missing from LMS.LaunchData.',
    );
  const extensions = contextTemplate.extensions;
  const sessionId = isObject(extensions) ? extensions[SESSION_ID_EXTENSION] : undefined;
  if (typeof sessionId !== 'string' || sessionId === '') {
    return fail(
      'contextTemplate.extensions',
      'Die Sitzungs-ID (sessionid) fehlt im contextTemplate.',
      'The session id (sessionid) is missing from contextTemplate.',
    );
  }
  if (!(LAUNCH_MODES as readonly unknown[]).includes(launchMode)) {
    return fail(
      'launchMode',
      `Unbekannter launchMode „${String(launchMode)}“.`,
      `Unknown launchMode "${String(launchMode)}".`,
    );
  }
  if (!(MOVE_ON as readonly unknown[]).includes(moveOn))
    return fail('moveOn', `Unbekanntes moveOn „${String(moveOn)}“.`, `Unknown moveOn "${String(moveOn)}".`);
  if (masteryScore !== undefined && !(typeof masteryScore === 'number' && masteryScore >= 0 && masteryScore <= 1)) {
    return fail(
      'masteryScore',
      '„masteryScore“ liegt nicht zwischen 0 und 1.',
      '"masteryScore" is not between 0 and 1.',
    );
  }
  const data: LaunchData = {
    contextTemplate: contextTemplate as XapiContextTemplate,
    launchMode: launchMode as LaunchMode,
    moveOn: moveOn as MoveOn,
    sessionId,
  };
  if (typeof masteryScore === 'number') data.masteryScore = masteryScore;
  if (typeof returnURL === 'string' && /^https?:\/\//i.test(returnURL)) data.returnURL = returnURL;
  if (typeof launchParameters === 'string') data.launchParameters = launchParameters;
  return { ok: true, value: data };
}

/**
 * The learner's language from `cmi5LearnerPreferences` (cmi5 §11): `languagePreference` is a
 * comma-separated list of RFC 5646 tags in order of preference; the first German or English
 * one wins. Null when the profile is absent or names neither.
 */
export function preferredLocale(profile: unknown): Locale | null {
  if (!isObject(profile) || typeof profile.languagePreference !== 'string') return null;
  for (const tag of profile.languagePreference.split(',')) {
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return null;
}
