import { useXR } from '@react-three/xr';
import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { XR_LAYOUT } from '../../scene/layout';
import { PANEL_PLACES } from '../../scene/panels/object-name';
import { voiceStore } from '../../voice/voice-store';
import { useActiveControllerSwitch } from '../controller/active-controller';
import { ComfortPanel } from './ComfortPanel';
import { useChoiceHaptics } from './useChoiceHaptics';
import { useControllerPause } from './useControllerPause';
import { useExitVrOnMenu } from './useExitVrOnMenu';

// Voice mode's 3D panel brings the voice session with it: loaded only when voice mode is on.
const VoiceXrPanel = lazy(() => import('./VoiceXrPanel').then((m) => ({ default: m.VoiceXrPanel })));

/**
 * Everything VR adds to the scene besides the origin, inside <XR>: the comfort panel while
 * presenting, haptic confirmation of panel clicks, B/Y for pause, the ray on the controller last
 * pulled, and leaving VR with the menu.
 * The conversation panels themselves are the desktop's, used through rays and pinches; voice mode
 * adds its microphone indicator and calibration card (the DOM's voice panel is not seen in VR).
 */
export function VrSessionControls() {
  const presenting = useXR((s) => s.session != null);
  const voice = useStore(voiceStore, (s) => s.enabled);
  useChoiceHaptics();
  useControllerPause();
  useActiveControllerSwitch();
  useExitVrOnMenu();
  if (!presenting) return null;
  const { x, y, z, tiltX } = XR_LAYOUT.comfortPanel;
  return (
    <>
      <group name={PANEL_PLACES.comfort} position={[x, y, z]} rotation-x={tiltX}>
        <ComfortPanel />
      </group>
      {voice && (
        <Suspense fallback={null}>
          <VoiceXrPanel />
        </Suspense>
      )}
    </>
  );
}
