import { Container } from '@react-three/uikit';
import type { Object3D } from 'three';
import { PANEL_FONT_FAMILIES } from '../../scene/panels/fonts';
import { PanelButton } from '../../scene/panels/PanelButton';
import { PIXEL_SIZE, TEXT } from '../../scene/panels/theme';
import { useSession } from '../../state/session';
import { comfortStore, useComfort } from './comfort-store';
import { xrStore } from './xr-store';
import { xrText } from './xr-texts';

export interface ComfortPanelProps {
  /** Panel width in mm. */
  width?: number;
}

const recenter = () => comfortStore.getState().requestRecenter();
const togglePosture = () => {
  const { posture, setPosture } = comfortStore.getState();
  setPosture(posture === 'standing' ? 'seated' : 'standing');
};
const exitVr = () => {
  // Ending a session that is ending already rejects; either way the session is over.
  xrStore
    .getState()
    .session?.end()
    .catch(() => undefined);
};

/** A ref that names a button's container for the browser tests (SceneProbe.worldPoint). */
const named = (name: string) => (object: Object3D | null) => {
  if (object) object.name = name;
};
const RECENTER_REF = named('xr-recenter');
const POSTURE_REF = named('xr-posture');
const EXIT_REF = named('xr-exit');

/**
 * The VR-only controls, a column of buttons on the counter beside the answers: recenter, switch
 * between standing and seated, and leave VR. In 3D because nothing in the headset may depend on
 * a DOM overlay; reached by ray or pinch like the answers.
 */
export function ComfortPanel({ width = 190 }: ComfortPanelProps) {
  const locale = useSession((s) => s.settings.locale);
  const posture = useComfort((s) => s.posture);
  return (
    <Container pixelSize={PIXEL_SIZE} width={width} flexDirection="column" alignItems="stretch" gap={8} fontFamilies={PANEL_FONT_FAMILIES}>
      <Container ref={RECENTER_REF}>
        <PanelButton label={xrText('recenter', locale)} fontSize={TEXT.button} onClick={recenter} />
      </Container>
      <Container ref={POSTURE_REF}>
        <PanelButton
          label={xrText(posture === 'standing' ? 'seated' : 'standing', locale)}
          variant="quiet"
          fontSize={TEXT.button}
          onClick={togglePosture}
        />
      </Container>
      <Container ref={EXIT_REF}>
        <PanelButton label={xrText('exitVr', locale)} variant="quiet" fontSize={TEXT.button} onClick={exitVr} />
      </Container>
    </Container>
  );
}
