/** The parts of an xAPI 1.0.3 statement Counterpart writes (a subset of the spec's model). */

export type LanguageMap = Record<string, string>;

export interface XapiAccountActor {
  objectType: 'Agent';
  /** Exactly one identifier: an account on the organisation's system, named by pseudonym (never mbox). */
  account: { homePage: string; name: string };
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiInteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface XapiActivityDefinition {
  type: string;
  name: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice';
  choices?: XapiInteractionComponent[];
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  /** Left out where another system defines the activity (a cmi5 AU's id belongs to the LMS's course structure). */
  definition?: XapiActivityDefinition;
}

export interface XapiScore {
  scaled: number;
  raw: number;
  min: number;
  max: number;
}

export interface XapiResult {
  response?: string;
  success?: boolean;
  completion?: boolean;
  duration?: string;
  score?: XapiScore;
}

export interface XapiContext {
  registration: string;
  platform: string;
  language: string;
  contextActivities?: XapiContextActivities;
  extensions?: Record<string, unknown>;
}

export interface XapiContextActivities {
  parent?: XapiActivity[];
  grouping?: XapiActivity[];
  category?: XapiActivity[];
  other?: XapiActivity[];
}

export interface XapiStatement {
  id: string;
  actor: XapiAccountActor;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context: XapiContext;
  timestamp: string;
  // No `version`: xAPI 1.0.3 (part 2, 2.4.10) says a client SHOULD NOT set it; the LRS fills it in.
}
