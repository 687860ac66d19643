import type { Locale } from '../core/scenario/vocabulary';
import { CAMERA_MODES, reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { text } from '../i18n/define-texts';

export interface CameraSwitchProps {
  locale: Locale;
}

const LABELS = { trainee: 'cameraTrainee', customer: 'cameraCustomer', orbit: 'cameraOrbit' } as const;

/** Picks the replay camera: the trainee's view, the customer's view, or free orbit. */
export function CameraSwitch({ locale }: CameraSwitchProps) {
  const camera = useReview((s) => s.camera);
  return (
    <fieldset className="review-camera">
      <legend>{text(REVIEW_TEXTS, 'camera', locale)}</legend>
      {CAMERA_MODES.map((mode) => (
        <button key={mode} type="button" aria-pressed={camera === mode} onClick={() => reviewStore.getState().setCamera(mode)}>
          {text(REVIEW_TEXTS, LABELS[mode], locale)}
        </button>
      ))}
    </fieldset>
  );
}
