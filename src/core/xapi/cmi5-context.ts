import type { XapiAccountActor, XapiActivity, XapiContext, XapiContextActivities } from './types';

/** The LMS's context template from `LMS.LaunchData`: kept whole, only added to (cmi5 §10.2.1). */
export interface XapiContextTemplate {
  contextActivities?: XapiContextActivities;
  extensions?: Record<string, unknown>;
  [other: string]: unknown;
}

/** What statements need of a cmi5 launch (see src/core/cmi5 for reading one). */
export interface Cmi5Context {
  /** The launched AU's activity id: the object of every cmi5-defined statement. */
  activityId: string;
  registration: string;
  /** The learner as the LMS names them; replaces the pseudonym account. */
  actor: XapiAccountActor;
  contextTemplate: XapiContextTemplate;
  /** The LMS's pass mark, scaled 0–1; without it the app's own pass mark decides. */
  masteryScore?: number;
  /** False in Browse and Review mode, and once this launch has sent its result: no completed/passed/failed. */
  judge: boolean;
}

const KEYS = ['parent', 'grouping', 'category', 'other'] as const;

function listOf(value: unknown): XapiActivity[] {
  // xAPI lets a client send a single activity where a list is meant; an LRS stores a list.
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as XapiActivity[];
}

/**
 * A statement's context under cmi5: the template's values unchanged, the app's added where the
 * template has none, context activities joined (template first, no id twice), and the launch's
 * registration.
 */
export function cmi5ContextOf(cmi5: Cmi5Context, own: XapiContext): XapiContext {
  const {
    contextActivities: templateActivities,
    extensions: templateExtensions,
    ...templateRest
  } = cmi5.contextTemplate;
  const activities: XapiContextActivities = {};
  for (const key of KEYS) {
    const joined: XapiActivity[] = [];
    for (const activity of [...listOf(templateActivities?.[key]), ...listOf(own.contextActivities?.[key])]) {
      if (!joined.some((a) => a.id === activity.id)) joined.push(activity);
    }
    if (joined.length > 0) activities[key] = joined;
  }
  const extensions = { ...own.extensions, ...templateExtensions };
  const context = { ...own, ...templateRest, registration: cmi5.registration } as XapiContext;
  delete context.contextActivities;
  delete context.extensions;
  if (Object.keys(activities).length > 0) context.contextActivities = activities;
  if (Object.keys(extensions).length > 0) context.extensions = extensions;
  return context;
}
