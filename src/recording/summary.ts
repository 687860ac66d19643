import { fill, placeholderValues } from '../core/dialogue/text';
import { sessionLogOf } from '../core/recording/create';
import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { buildReport, type FeedbackReport } from '../core/scoring/report';
import { bodyLanguageFromTotals } from '../core/sensing/totals';
import { replay } from '../core/session/log';
import type { SessionSummary } from '../storage/session-repository';

/**
 * The list row of a recording. At the end of a live session the debrief's report and ending are
 * passed in (the figures the trainee just saw); for an imported file they are recomputed from the
 * log with the same engine, which gives the same numbers. The title is filled with the session's
 * own placeholder values in both languages, so a list needs no scenario to show it.
 */
export function summarizeRecording(
  recording: Recording,
  scenario: Scenario,
  known?: { report: FeedbackReport; endingId: string | null },
): SessionSummary {
  const log = sessionLogOf(recording);
  const report = known?.report ?? buildReport(scenario, log, bodyLanguageFromTotals(recording.sensing));
  const endingId = known ? known.endingId : (replay(scenario, log).ending?.node ?? null);
  const title = (locale: 'de' | 'en') =>
    fill(scenario.title[locale], placeholderValues(scenario, locale, log.placeholders));
  const summary: SessionSummary = {
    id: recording.id,
    pseudonym: recording.pseudonym,
    scenarioId: recording.scenarioId,
    scenarioTitle: { de: title('de'), en: title('en') },
    startedAt: recording.startedAt,
    durationMs: recording.timings.durationMs,
    scores: {
      overall: report.overall.score,
      tone: report.tone.score,
      structure: report.structure.score,
      escalation: report.escalation.score,
    },
    outcome: report.outcome,
    endingId,
    noteCount: recording.notes.length,
    difficulty: report.difficulty,
    ...(recording.typeAnswer ? { typeRecognised: recording.typeAnswer === scenario.customer.type } : {}),
  };
  if (recording.abandoned) summary.abandoned = true;
  return summary;
}
