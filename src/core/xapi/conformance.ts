import { ISO_DURATION, parseIsoDateTime } from './iso-time';
import type { XapiStatement } from './types';
import { isUuid } from './uuid';
import { VERBS } from './vocabulary';

/**
 * The xAPI 1.0.3 and cmi5 rules Counterpart's statements must keep, checked on finished
 * statements: run before sending to an LRS and in the tests. Findings are for developers and
 * logs (rule id + English detail), not shown to trainees.
 */
export interface ConformanceFinding {
  statement: number;
  rule: string;
  detail: string;
}

const TERMINAL = new Set<string>([VERBS.completed.id, VERBS.passed.id, VERBS.failed.id]);
const JUDGED = new Set<string>([VERBS.passed.id, VERBS.failed.id]);

export function checkStatements(statements: readonly XapiStatement[], nowIso?: string): ConformanceFinding[] {
  const findings: ConformanceFinding[] = [];
  const add = (statement: number, rule: string, detail: string) => findings.push({ statement, rule, detail });
  const ids = new Set<string>();
  const now = nowIso === undefined ? Number.POSITIVE_INFINITY : parseIsoDateTime(nowIso);
  let lastTime = Number.NEGATIVE_INFINITY;
  let seenTerminal = false;
  const registration = statements[0]?.context.registration;

  statements.forEach((s, i) => {
    if (!isUuid(s.id)) add(i, 'id-uuid', `id "${s.id}" is not a UUID`);
    if (ids.has(s.id)) add(i, 'id-unique', `id "${s.id}" is used twice`);
    ids.add(s.id);
    // xAPI 1.0.3: a client SHOULD NOT set the version; the LRS records the one it speaks.
    if ('version' in s) add(i, 'version', 'version is set by the client');

    const actor = s.actor as unknown as Record<string, unknown>;
    const identifiers = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => actor[k] !== undefined);
    if (identifiers.length !== 1 || identifiers[0] !== 'account')
      add(i, 'actor-account', `actor identifiers: ${identifiers.join(', ') || 'none'}`);
    if (!/^https?:\/\//.test(s.actor.account?.homePage ?? ''))
      add(i, 'actor-homepage', 'account.homePage is not an http(s) IRL');
    if (!s.actor.account?.name) add(i, 'actor-name', 'account.name is empty');

    if (!/^https?:\/\//.test(s.verb.id) || !/^https?:\/\//.test(s.object.id))
      add(i, 'iri', 'verb or object id is not an absolute IRI');
    if (!isUuid(s.context.registration)) add(i, 'registration-uuid', 'context.registration is not a UUID');
    if (s.context.registration !== registration) add(i, 'registration-same', 'registration differs between statements');

    const time = parseIsoDateTime(s.timestamp);
    if (Number.isNaN(time)) add(i, 'timestamp-format', `timestamp "${s.timestamp}" is not ISO 8601`);
    if (time < lastTime) add(i, 'timestamp-order', 'timestamp is earlier than the statement before');
    if (time > now) add(i, 'timestamp-future', 'timestamp lies in the future');
    lastTime = Math.max(lastTime, time);

    const verb = s.verb.id;
    const result = s.result;
    if (verb === VERBS.answered.id) {
      if (seenTerminal) add(i, 'order', 'answered after completed/passed/failed');
      if (!result?.response) add(i, 'answered-response', 'answered without result.response');
    }
    if (TERMINAL.has(verb)) {
      seenTerminal = true;
      if (!result?.duration) add(i, 'cmi5-duration', `${s.verb.display.en} without result.duration`);
    }
    if (result?.duration !== undefined && !ISO_DURATION.test(result.duration))
      add(i, 'duration-format', `duration "${result.duration}" is not ISO 8601`);
    if (verb === VERBS.completed.id && result?.completion !== true)
      add(i, 'cmi5-completion', 'completed without completion: true');
    if (verb !== VERBS.completed.id && result?.completion !== undefined)
      add(i, 'cmi5-completion', 'completion on a statement other than completed');
    if (verb === VERBS.passed.id && result?.success !== true) add(i, 'cmi5-success', 'passed without success: true');
    if (verb === VERBS.failed.id && result?.success !== false) add(i, 'cmi5-success', 'failed without success: false');
    if (!JUDGED.has(verb) && result?.success !== undefined)
      add(i, 'cmi5-success', 'success on a statement other than passed/failed');
    if (result?.score) {
      const { scaled, raw, min, max } = result.score;
      if (!JUDGED.has(verb)) add(i, 'cmi5-score', 'score on a statement other than passed/failed');
      if (!(scaled >= 0 && scaled <= 1)) add(i, 'score-scaled', `scaled ${scaled} is outside 0..1`);
      if (![raw, min, max].every(Number.isInteger))
        add(i, 'score-integers', 'raw, min and max must be integers (cmi5)');
      if (!(min <= raw && raw <= max && min < max)) add(i, 'score-range', `raw ${raw} outside [${min}, ${max}]`);
      else if (Math.abs(scaled - (raw - min) / (max - min)) > 1e-9)
        add(i, 'score-scaled-raw', `scaled ${scaled} is not (raw − min)/(max − min)`);
    }
  });
  const terminalVerbs = statements.map((s) => s.verb.id).filter((v) => TERMINAL.has(v));
  if (terminalVerbs.length > 0 && (terminalVerbs[0] !== VERBS.completed.id || terminalVerbs.length !== 2)) {
    add(statements.length - 1, 'order', 'an ending needs exactly completed, then passed or failed');
  }
  return findings;
}
