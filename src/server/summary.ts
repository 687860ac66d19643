import { fill, placeholderValues } from '../core/dialogue/text';
import { checkSessionProtocol } from '../core/protocol/session-check';
import { sessionLogOf } from '../core/recording/create';
import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { readConversation } from '../core/scoring/acts';
import { bestResponse } from '../core/scoring/merit';
import { buildReport } from '../core/scoring/report';
import { bodyLanguageFromTotals } from '../core/sensing/totals';

/** What the server keeps beside a recording for lists, filters and analytics. */
export interface SessionFacts {
  mode: 'xr' | 'desktop';
  finished: boolean;
  outcome: string | null;
  endingId: string | null;
  titles: { de: string; en: string } | null;
  scores: { overall: number; tone: number; structure: number; escalation: number; protocol: number | null } | null;
  /** Decisions where a clearly better answer was on offer, with the techniques that answer used and the chosen one did not. */
  misses: { node: string; atMs: number; techniques: string[] }[];
}

/** Headset sensing (any listening time measured in XR) means the session ran in a headset. */
export function modeOf(recording: Recording): 'xr' | 'desktop' {
  return (recording.sensing?.headset.listenMs ?? 0) > 0 ? 'xr' : 'desktop';
}

/**
 * Scores a recording the way the app's import does: from its log with the same engine (an upload
 * cannot claim scores its log does not earn). Without the scenario in the recorded version the
 * session is kept unscored — never lost — and counts only where no score is needed.
 */
export function sessionFacts(recording: Recording, scenario: Scenario | undefined): SessionFacts {
  const mode = modeOf(recording);
  if (!scenario)
    return { mode, finished: false, outcome: null, endingId: null, titles: null, scores: null, misses: [] };
  const log = sessionLogOf(recording);
  const conversation = readConversation(scenario, log);
  const report = buildReport(scenario, log, bodyLanguageFromTotals(recording.sensing));
  const protocol = recording.protocol
    ? checkSessionProtocol(scenario, log, recording.protocol, recording.startedAt.slice(0, 10)).score
    : null;
  const title = (locale: 'de' | 'en') =>
    fill(scenario.title[locale], placeholderValues(scenario, locale, log.placeholders));
  const misses = report.keyMoments
    .filter((m) => m.kind === 'missed')
    .map((m) => {
      const node = scenario.nodes[m.node];
      const best = node ? bestResponse(node) : undefined;
      const act = conversation.acts.find((a) => a.at === m.at && a.node === m.node);
      const used = act?.kind === 'response' ? act.response.techniques : [];
      return { node: m.node, atMs: m.at, techniques: (best?.techniques ?? []).filter((t) => !used.includes(t)) };
    });
  return {
    mode,
    finished: report.finished,
    outcome: report.outcome,
    endingId: conversation.ending?.node ?? null,
    titles: { de: title('de'), en: title('en') },
    scores: {
      overall: report.overall.score,
      tone: report.tone.score,
      structure: report.structure.score,
      escalation: report.escalation.score,
      protocol,
    },
    misses,
  };
}
