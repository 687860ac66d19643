import { Container } from '@react-three/uikit';
import { useText } from '../../i18n/use-text';
import { PANEL_FONT_FAMILIES } from '../../scene/panels/fonts';
import { objectName, PANEL_NAMES } from '../../scene/panels/object-name';
import { PanelButton } from '../../scene/panels/PanelButton';
import { ON_TOP, PIXEL_SIZE, TEXT } from '../../scene/panels/theme';
import { comfortStore, useComfort } from './comfort-store';
import { xrStore } from './xr-store';
import { XR_TEXT } from './xr-texts';

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

/**
 * The VR-only controls, a column of buttons on the counter beside the answers: recenter, switch
 * between standing and seated, and leave VR. In 3D because nothing in the headset may depend on
 * a DOM overlay; reached by ray or pinch like the answers.
 */
export function ComfortPanel({ width = 190 }: ComfortPanelProps) {
  const xrText = useText(XR_TEXT);
  const posture = useComfort((s) => s.posture);
  return (
    <Container
      ref={objectName(PANEL_NAMES.comfort)}
      pixelSize={PIXEL_SIZE}
      width={width}
      flexDirection="column"
      alignItems="stretch"
      gap={8}
      fontFamilies={PANEL_FONT_FAMILIES}
      {...ON_TOP}
    >
      <PanelButton name="xr-recenter" label={xrText('recenter')} fontSize={TEXT.button} onClick={recenter} />
      <PanelButton
        name="xr-posture"
        label={xrText(posture === 'standing' ? 'seated' : 'standing')}
        variant="quiet"
        fontSize={TEXT.button}
        onClick={togglePosture}
      />
      <PanelButton name="xr-exit" label={xrText('exitVr')} variant="quiet" fontSize={TEXT.button} onClick={exitVr} />
    </Container>
  );
}
