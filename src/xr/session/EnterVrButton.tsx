import { useState } from 'react';
import { useText } from '../../i18n/use-text';
import { useXrPresence, xrPresence } from '../../state/xr-presence';
import { useVrSupported } from './vr-support';
import { XR_TEXT } from './xr-texts';

export interface EnterVrButtonProps {
  /** Runs once the headset session has started, e.g. to start the scenario chosen in the menu. */
  onEntered?: () => void | Promise<void>;
  /** A longer explanation shown as the button's tooltip. */
  title?: string;
  className?: string;
}

/**
 * „VR starten“ / "Enter VR": shown only where the browser can open an immersive-vr session, and
 * hidden while one is open. The session is requested first thing in the click, while the click
 * still counts as a user gesture (browsers refuse requestSession otherwise); the conversation
 * store is not touched, so a running conversation carries on in the headset where it was.
 */
export function EnterVrButton({ onEntered, title, className }: EnterVrButtonProps) {
  const xrText = useText(XR_TEXT);
  const supported = useVrSupported();
  const layer = useXrPresence((s) => s.layer);
  const presenting = useXrPresence((s) => s.session != null);
  const [failed, setFailed] = useState(false);
  const [entering, setEntering] = useState(false);
  if (!supported || !layer || presenting) return null;
  const enter = async () => {
    setFailed(false);
    setEntering(true);
    try {
      await layer.store.enterVR();
    } catch (error) {
      // Declined permission, a headset that went to sleep, another session already open — or a
      // session that did start but refused a setting (frame rate): that one carries on.
      console.warn('Counterpart: entering VR failed', error);
    }
    try {
      if (xrPresence.getState().session) await onEntered?.();
      else setFailed(true);
    } catch (error) {
      console.warn('Counterpart: starting in VR failed', error);
      setFailed(true);
    } finally {
      setEntering(false);
    }
  };
  return (
    <>
      <button type="button" className={className} title={title} disabled={entering} onClick={() => void enter()}>
        {xrText('enterVr')}
      </button>
      {failed && (
        <span className="vr-error" role="alert">
          {xrText('enterVrFailed')}
        </span>
      )}
    </>
  );
}
