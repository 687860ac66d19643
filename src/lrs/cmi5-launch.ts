import { scenarioForLaunch } from '../core/cmi5/activity-map';
import { cmi5ContextFor, initializedStatement, terminatedStatement } from '../core/cmi5/au-statements';
import { type LaunchData, parseLaunchData, preferredLocale } from '../core/cmi5/launch-data';
import { type LaunchParams, parseLaunchParams } from '../core/cmi5/launch-params';
import type { Localized } from '../core/scenario/schema';
import { agentProfileUrl, stateUrl } from '../core/xapi/lrs-urls';
import { buildStatements } from '../core/xapi/statements';
import type { XapiStatement } from '../core/xapi/types';
import { isConversationEnd } from '../recording/session-end-watch';
import { recordingOfSession } from '../recording/session-recording';
import { newUuid } from '../recording/uuid';
import { sceneCodeSettled } from '../state/loading-store';
import { currentPoseTrack } from '../state/pose-source';
import { sessionStore } from '../state/session';
import type { SessionStoreState } from '../state/session-store';
import { readOrganisation } from '../storage/organisation-settings';
import type { OutboxTarget } from '../storage/outbox';
import { theDelivery } from './lrs-boot';
import { lrsStore } from './lrs-store';
import { LRS_TEXT } from './lrs-texts';
import { scenarioSource } from './scenario-source';
import { getDocument } from './xapi-client';

const fill = (text: Localized, detail: string): Localized => ({
  de: text.de.replace('{detail}', detail),
  en: text.en.replace('{detail}', detail),
});

/**
 * The auth token of this launch. The LMS hands it out once per launch (cmi5 §8.2), so it is kept
 * for the tab's life: a reload of the page continues the same launch.
 */
async function authToken(params: LaunchParams): Promise<string> {
  const key = `counterpart.cmi5.token.${params.registration}.${params.fetchUrl}`;
  const kept = sessionStorage.getItem(key);
  if (kept) return kept;
  const response = await fetch(params.fetchUrl, { method: 'POST' });
  const body = (await response.json()) as { 'auth-token'?: unknown; 'error-text'?: unknown };
  const token = body['auth-token'];
  if (!response.ok || typeof token !== 'string' || token === '')
    throw new Error(`fetch: ${String(body['error-text'] ?? response.status)}`);
  sessionStorage.setItem(key, token);
  return token;
}

/**
 * Runs the app as a cmi5 assignable unit: token, launch data and the learner's language from
 * the LMS, then `initialized`, the scenario the activity maps to (see the core's activity-map.ts),
 * the conversation's statements with completed and passed/failed (Normal mode, once per
 * launch), and `terminated` when the trainee goes back to the menu or the page goes away. Any
 * failure shows one line and the trainee goes on training (`startOrdinary`: the app's normal
 * start, its deep link); queued statements are never dropped.
 */
export async function launchCmi5(search: string, startOrdinary: (search: string) => Promise<void>): Promise<void> {
  const parsed = parseLaunchParams(search);
  const problem = (text: Localized) => lrsStore.setState({ launchProblem: text });
  if (parsed.kind !== 'launch') {
    if (parsed.kind === 'invalid') {
      problem({
        de: LRS_TEXT.cmi5Invalid.de.replace('{detail}', parsed.message.de),
        en: LRS_TEXT.cmi5Invalid.en.replace('{detail}', parsed.message.en),
      });
    }
    await startOrdinary(search);
    return;
  }
  const { params } = parsed;
  lrsStore.setState({ cmi5: 'launching' });
  let authorization: string;
  let data: LaunchData;
  try {
    authorization = `Basic ${await authToken(params)}`;
  } catch (error) {
    console.warn('Counterpart: no cmi5 auth token', error);
    lrsStore.setState({ cmi5: null });
    problem(LRS_TEXT.cmi5NoToken);
    await startOrdinary(search);
    return;
  }
  try {
    const document = await getDocument(
      stateUrl(params.endpoint, {
        activityId: params.activityId,
        agent: params.actor,
        registration: params.registration,
        stateId: 'LMS.LaunchData',
      }),
      authorization,
    );
    const read = parseLaunchData(document);
    if (!read.ok) throw new Error(read.field);
    data = read.value;
  } catch (error) {
    console.warn('Counterpart: no cmi5 launch data', error);
    lrsStore.setState({ cmi5: null });
    problem(fill(LRS_TEXT.cmi5NoLaunchData, error instanceof Error ? error.message : String(error)));
    await startOrdinary(search);
    return;
  }
  const urlLang = new URLSearchParams(search).get('lang');
  if (urlLang !== 'de' && urlLang !== 'en') {
    const profile = await getDocument(
      agentProfileUrl(params.endpoint, params.actor, 'cmi5LearnerPreferences'),
      authorization,
    ).catch(() => null);
    const locale = preferredLocale(profile);
    if (locale) sessionStore.getState().setSettings({ locale });
  }

  const target: OutboxTarget = { kind: 'cmi5', endpoint: params.endpoint, authorization };
  const delivery = theDelivery();
  const startedWall = Date.now();
  let judged = false;
  let terminated = false;
  const locale = () => sessionStore.getState().settings.locale;
  const stamp = () => ({ id: newUuid(), timestamp: new Date().toISOString(), locale: locale() });

  /** The statements of the conversation in `state` (finished or left half-way). */
  const conversationStatements = (state: SessionStoreState): XapiStatement[] => {
    if (!state.run || !state.scenario) return [];
    const recording = recordingOfSession(state, 'lms-learner', newUuid(), currentPoseTrack(), {
      clockNow: () => performance.now(),
      wallNow: () => Date.now(),
    });
    if (!recording) return [];
    const cmi5 = cmi5ContextFor(params, data, judged);
    const statements = buildStatements(recording, state.scenario, {
      homePage: readOrganisation().accountHomePage,
      activityBase: `${window.location.origin}/counterpart`,
      cmi5,
    });
    if (cmi5.judge && state.run.state.ending) judged = true;
    return statements;
  };

  const terminated$ = (closing: boolean, leftOver: XapiStatement[]) => {
    if (terminated) return;
    terminated = true;
    lrsStore.setState({ cmi5: 'terminated' });
    const statement = terminatedStatement(cmi5ContextFor(params, data, true), {
      ...stamp(),
      durationMs: Date.now() - startedWall,
    });
    if (closing) {
      for (const s of leftOver) delivery.flushOnExit({ target, statement: s });
      delivery.flushOnExit({ target, statement });
      return;
    }
    void delivery
      .enqueue(target, [...leftOver, statement])
      .then(() => {
        // The LMS wants the learner back once the AU has ended (cmi5 §8.1.2 returnURL).
        if (data.returnURL) window.location.assign(data.returnURL);
      })
      .catch(() => undefined);
  };

  sessionStore.subscribe((state, prev) => {
    if (terminated) return;
    if (isConversationEnd(state, prev)) void delivery.enqueue(target, conversationStatements(state));
    if (state.screen === 'menu' && prev.screen !== 'menu') {
      // Back to the menu ends the AU session; a conversation left half-way first reports its answers.
      terminated$(false, prev.screen === 'conversation' ? conversationStatements(prev) : []);
    }
  });
  // Hidden (another tab, the headset taken off) is not leaving: the AU session goes on, but what
  // waits is sent with keepalive in case the browser never comes back (mobile and headset
  // browsers may discard a hidden page without a pagehide).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && !terminated) delivery.flushOnExit();
  });
  window.addEventListener('pagehide', () => {
    const state = sessionStore.getState();
    terminated$(true, state.screen === 'conversation' ? conversationStatements(state) : []);
  });

  // Not awaited: a slow LRS must not hold up the training; the outbox keeps the order.
  void delivery.enqueue(target, [initializedStatement(cmi5ContextFor(params, data, false), stamp())]);
  lrsStore.setState({ cmi5: 'active' });
  const scenarioId = scenarioForLaunch(
    params.activityId,
    data.launchParameters,
    new URLSearchParams(search).get('scenario'),
    scenarioSource().ids(),
  );
  if (!scenarioId) {
    problem(LRS_TEXT.cmi5NoScenario);
    return;
  }
  const [scenario] = await Promise.all([scenarioSource().load(scenarioId), sceneCodeSettled()]);
  if (scenario) sessionStore.getState().start(scenario);
}
