import { useXR } from '@react-three/xr';
import { XR_LAYOUT } from '../../scene/layout';
import { ComfortPanel } from './ComfortPanel';
import { useChoiceHaptics } from './useChoiceHaptics';
import { useControllerPause } from './useControllerPause';
import { useExitVrOnMenu } from './useExitVrOnMenu';

/**
 * Everything VR adds to the scene besides the origin, inside <XR>: the comfort panel while
 * presenting, haptic confirmation of panel clicks, B/Y for pause, and leaving VR with the menu.
 * The conversation panels themselves are the desktop's, used through rays and pinches.
 */
export function VrSessionControls() {
  const presenting = useXR((s) => s.session != null);
  useChoiceHaptics();
  useControllerPause();
  useExitVrOnMenu();
  if (!presenting) return null;
  const { x, y, z, tiltX } = XR_LAYOUT.comfortPanel;
  return (
    <group position={[x, y, z]} rotation-x={tiltX}>
      <ComfortPanel />
    </group>
  );
}
