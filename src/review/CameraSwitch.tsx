import { useText } from '../i18n/use-text';
import { CAMERA_MODES, reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';

/** Takes no props: texts follow the current language. */
export type CameraSwitchProps = Record<string, never>;

const LABELS = { trainee: 'cameraTrainee', customer: 'cameraCustomer', orbit: 'cameraOrbit' } as const;

/** Picks the replay camera: the trainee's view, the customer's view, or free orbit. */
export function CameraSwitch() {
  const reviewText = useText(REVIEW_TEXTS);
  const camera = useReview((s) => s.camera);
  return (
    <fieldset className="review-camera">
      <legend>{reviewText('camera')}</legend>
      {CAMERA_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={camera === mode}
          onClick={() => reviewStore.getState().setCamera(mode)}
        >
          {reviewText(LABELS[mode])}
        </button>
      ))}
    </fieldset>
  );
}
