import { placeholderValues, fill } from '../dialogue/text';
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
    const base = { at: act.at, node: act.node, moodBefore: act.moodBefore, moodAfter: act.moodAfter };
    if (act.kind === 'response') {
      const gap = best ? responseMerit(best) - responseMerit(act.response) : 0;
      if (best && best.id !== act.response.id && gap >= KEY_MOMENT_MERIT_GAP) {
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
        chosen: feedback ? { text: { de: '(keine Antwort)', en: '(no answer)' }, feedback: localized(scenario, feedback) } : null,
        better: best ? said(scenario, best) : null,
      });
    } else if (node.interrupt) {
      const chosen = { text: { de: '(unterbrochen)', en: '(interrupted)' }, feedback: localized(scenario, node.interrupt.feedback) };
      moments.push({ ...base, kind: act.fits ? 'strong' : 'interrupted', chosen, better: null });
    }
  }
  return moments;
}
