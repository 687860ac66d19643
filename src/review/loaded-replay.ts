import { sessionLogOf } from '../core/recording/create';
import { type DecodedPoseTrack, decodePoseTrack } from '../core/recording/pose-track';
import type { Recording } from '../core/recording/schema';
import type { Scenario } from '../core/scenario/schema';
import { withVoice } from '../core/scoring/delivery';
import { buildReport, type FeedbackReport, withTypeAnswer } from '../core/scoring/report';
import { bodyLanguageFromTotals } from '../core/sensing/totals';
import type { VoiceFeedback } from '../core/voice/feedback';
import { buildReplayModel, type ReplayModel } from './replay-model';
import { ReplaySeeker } from './replay-seeker';

/**
 * One opened session, ready to play: the engine seeker, what was said when, the debrief and the
 * decoded poses. Built once when a session is opened; throws ReplayError (log does not fit the
 * scenario) or PoseTrackError (damaged poses).
 */
export interface LoadedReplay {
  recording: Recording;
  scenario: Scenario;
  seeker: ReplaySeeker;
  model: ReplayModel;
  report: ReviewedReport;
  poses: DecodedPoseTrack;
}

export function loadReplay(scenario: Scenario, recording: Recording): LoadedReplay {
  const log = sessionLogOf(recording);
  return {
    recording,
    scenario,
    seeker: new ReplaySeeker(scenario, log),
    model: buildReplayModel(scenario, log, recording.timings.durationMs),
    report: reportOf(scenario, recording),
    poses: decodePoseTrack(recording.poses),
  };
}

/** A stored session's debrief; `voice` is null for sessions without voice mode. */
export type ReviewedReport = FeedbackReport & { voice: VoiceFeedback | null };

/**
 * The debrief as the trainee got it, with the answer to „Welcher Kundentyp war das?“ when one was
 * given and, in voice mode, „Tonfall“ combining wording and delivery as the live debrief did.
 */
export function reportOf(scenario: Scenario, recording: Recording): ReviewedReport {
  const report = buildReport(scenario, sessionLogOf(recording), bodyLanguageFromTotals(recording.sensing));
  return withVoice(
    recording.typeAnswer ? withTypeAnswer(report, scenario, recording.typeAnswer) : report,
    recording.voice,
  );
}
