import { Suspense, useEffect } from 'react';
import type { Vector3 } from 'three';
import type { MouthWeights } from '../core/speech/visemes';
import { CustomerAvatar } from '../scene/avatar/CustomerAvatar';
import type { CustomerDrive } from '../scene/avatar/customer-drive';
import { avatarUrl } from '../scene/avatar-url';
import { signOverride } from '../scene/room/sign-override';
import { stageActivity } from '../scene/stage-activity';
import { ReplayDriver } from './ReplayDriver';
import { ReviewCamera, traineeEyes } from './ReviewCamera';
import { playhead, replayMouth } from './replay-playhead';
import { useReview } from './review-store';
import { TraineeGhost } from './TraineeGhost';

/** The replay's hold on the customer: cues, gaze target and mouth all from the playhead. */
const REPLAY_DRIVE: CustomerDrive = {
  cues: playhead.cues,
  traineeEyes: (out: Vector3) => traineeEyes(out),
  mouth: (out: MouthWeights) => replayMouth(out),
};

/** ReviewStage renders from the review store and takes no props. */
export type ReviewStageProps = Record<string, never>;

/**
 * The trainer's replay inside the app's one canvas (TrainingScene's `stage`): the recorded
 * session's customer, driven by the replay instead of the live session, the trainee's ghost, and
 * the chosen camera. Without a playable session it shows the empty room from the customer's side.
 */
export function ReviewStage() {
  const camera = useReview((s) => s.camera);
  const ready = useReview((s) => (s.open?.status === 'ready' ? s.open : null));
  const url = ready ? avatarUrl(ready.scenario.customer.avatar) : null;
  // A replay draws continuously; the session list over the empty room only on demand.
  const animating = ready !== null;
  useEffect(() => {
    stageActivity.setState({ animating });
    return () => stageActivity.setState({ animating: false });
  }, [animating]);
  // The sign reads as the trainee saw it: the recorded scenario's counter in the session's language.
  const counter = ready?.scenario.counter;
  const sessionLocale = ready?.recording.locale;
  useEffect(() => {
    if (!sessionLocale) return;
    signOverride.setState({ source: { counter, locale: sessionLocale } });
    return () => signOverride.setState({ source: null });
  }, [counter, sessionLocale]);
  return (
    <>
      <ReplayDriver />
      <ReviewCamera mode={ready ? camera : 'customer'} />
      {ready && url && (
        <Suspense fallback={null}>
          <CustomerAvatar key={ready.id} url={url} seed={ready.recording.seed} drive={REPLAY_DRIVE} />
        </Suspense>
      )}
      {ready && <TraineeGhost hideHead={camera === 'trainee'} />}
    </>
  );
}
