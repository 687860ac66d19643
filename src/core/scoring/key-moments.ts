import { fill, placeholderValues } from '../dialogue/text';
import type { Localized, Response, Scenario } from '../scenario/schema';
import type { Mood } from '../scenario/vocabulary';
import type { Act } from './acts';
import { bestResponse, responseMerit } from './merit';
import { KEY_MOMENT_MERIT_GAP, STRONG_MOMENT_ANGER_DROP } from './weights';

export type KeyMomentKind = 'missed' | 'strong' | 'hesitated' | 'interrupted';

/** A moment the debrief explains: what the trainee did, why it helped or hurt, and what was better. */
export interface KeyMoment {
  kind: KeyMomentKind;
  at: number;
  node: string;
  /** What the trainee said (absent for a timeout). */
  chosen: { text: Localized; feedback: Localized } | null;
  better: { text: Localized; feedback: Localized } | null;
  moodBefore: Mood;
  moodAfter: Mood;
  /** How often this same moment happened (e.g. three timeouts at one decision); 1 when once. */
  count: number;
  /** The session times of every occurrence, the first being `at`. */
  times: number[];
}

/** Fills placeholders in both languages, so the debrief can switch language. */
function localized(scenario: Scenario, text: Localized): Localized {
  return { de: fill(text.de, placeholderValues(scenario, 'de')), en: fill(text.en, placeholderValues(scenario, 'en')) };
}

function said(scenario: Scenario, r: Response) {
  return { text: localized(scenario, r.text), feedback: localized(scenario, r.feedback) };
}

/**
 * Picks the moments worth explaining: every decision where a clearly better answer was on offer,
 * every timeout and interruption, and the answers that turned the mood around.
 */
export function keyMoments(scenario: Scenario, acts: readonly Act[]): KeyMoment[] {
  const moments: KeyMoment[] = [];
  for (const act of acts) {
    const node = scenario.nodes[act.node];
    if (!node) continue;
    const best = bestResponse(node);
    const base = {
      at: act.at,
      node: act.node,
      moodBefore: act.moodBefore,
      moodAfter: act.moodAfter,
      count: 1,
      times: [act.at],
    };
    if (act.kind === 'response') {
      const gap = best ? responseMerit(best) - responseMerit(act.response) : 0;
      const moment = act.response.moment;
      if (moment && !moment.fits) {
        // Right words at the wrong moment: the explanation is why it did not fit now.
        const fitting = bestFitting(node.responses ?? [], act.response.id);
        moments.push({
          ...base,
          kind: 'missed',
          chosen: { text: localized(scenario, act.response.text), feedback: localized(scenario, moment.why) },
          better: fitting ? said(scenario, fitting) : null,
        });
      } else if (best && best.id !== act.response.id && gap >= KEY_MOMENT_MERIT_GAP) {
        moments.push({ ...base, kind: 'missed', chosen: said(scenario, act.response), better: said(scenario, best) });
      } else if (
        act.moodBefore.anger - act.moodAfter.anger >= STRONG_MOMENT_ANGER_DROP ||
        (best?.id === act.response.id && act.moodAfter.trust - act.moodBefore.trust >= STRONG_MOMENT_ANGER_DROP)
      ) {
        moments.push({ ...base, kind: 'strong', chosen: said(scenario, act.response), better: null });
      }
    } else if (act.kind === 'timeout') {
      const feedback = node.onTimeout?.feedback;
      moments.push({
        ...base,
        kind: 'hesitated',
        chosen: feedback
          ? { text: { de: '(keine Antwort)', en: '(no answer)' }, feedback: localized(scenario, feedback) }
          : null,
        better: best ? said(scenario, best) : null,
      });
    } else if (node.interrupt) {
      const chosen = {
        text: { de: '(unterbrochen)', en: '(interrupted)' },
        feedback: localized(scenario, node.interrupt.feedback),
      };
      moments.push({ ...base, kind: act.fits ? 'strong' : 'interrupted', chosen, better: null });
    }
  }
  return groupRepeats(moments);
}

/** The best response other than `except` that is not marked as unfit for the moment. */
function bestFitting(responses: readonly Response[], except: string): Response | undefined {
  let best: Response | undefined;
  for (const r of responses) {
    if (r.id === except || r.moment?.fits === false) continue;
    if (!best || responseMerit(r) > responseMerit(best)) best = r;
  }
  return best;
}

/**
 * Folds repeated identical moments (same kind, decision and texts — e.g. three timeouts at one
 * decision) into the first, with a count: the debrief explains a lesson once.
 */
export function groupRepeats(moments: readonly KeyMoment[]): KeyMoment[] {
  const out: KeyMoment[] = [];
  const byKey = new Map<string, KeyMoment>();
  for (const m of moments) {
    const key = JSON.stringify([
      m.kind,
      m.node,
      m.chosen?.text.de ?? null,
      m.chosen?.feedback.de ?? null,
      m.better?.text.de ?? null,
    ]);
    const first = byKey.get(key);
    if (first) {
      first.count += 1;
      first.times.push(m.at);
      first.moodAfter = m.moodAfter;
      continue;
    }
    const copy = { ...m, times: [...m.times] };
    byKey.set(key, copy);
    out.push(copy);
  }
  return out;
}
