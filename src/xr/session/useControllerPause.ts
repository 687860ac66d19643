import { useXRControllerButtonEvent, useXRInputSourceState } from '@react-three/xr';
import { useEffect } from 'react';
import { sessionStore } from '../../state/session';
import { pauseListening } from './controller-pause-probe';

const onPress = (state: string) => {
  if (state === 'pressed' && sessionStore.getState().screen === 'conversation') sessionStore.getState().togglePause();
};

/**
 * B (right controller) or Y (left) pauses and resumes, like Esc on the keyboard: the panels'
 * Pause button works too, but the upper face button is reachable without aiming. The hooks
 * follow the controllers as they come and go (hands, disconnects): no controller, no event.
 */
export function useControllerPause(): void {
  const right = useXRInputSourceState('controller', 'right');
  const left = useXRInputSourceState('controller', 'left');
  useXRControllerButtonEvent(right, 'b-button', onPress);
  useXRControllerButtonEvent(left, 'y-button', onPress);
  useEffect(() => {
    pauseListening.right = right != null;
    pauseListening.left = left != null;
    return () => {
      pauseListening.right = false;
      pauseListening.left = false;
    };
  }, [right, left]);
}
