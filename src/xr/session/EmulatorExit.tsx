import { useText } from '../../i18n/use-text';
import { useXrPresence } from '../../state/xr-presence';
import { EMULATED_HEADSET, withoutEmulatedHeadset } from './emulation-flag';
import { XR_TEXT } from './xr-texts';

/**
 * A strip that stays above everything while the page runs the emulated headset (`?xr=iwer`):
 * iwer puts its stereo view over the whole page (z-index 999) and has no controls of its own
 * here, so without this the only way out was a reload by hand. „VR beenden“ ends the emulated
 * session (back to the desktop view), „Emulator beenden“ reloads the same address without the
 * switch. Nothing renders in a trainee's browser.
 */
export function EmulatorExit() {
  const xrText = useText(XR_TEXT);
  const session = useXrPresence((s) => s.session);
  if (!EMULATED_HEADSET) return null;
  return (
    <nav className="emulator-exit" aria-label={xrText('emulatorNote')}>
      <span>{xrText('emulatorNote')}</span>
      {session && (
        <button type="button" onClick={() => session.end().catch(() => undefined)}>
          {xrText('exitVr')}
        </button>
      )}
      <a href={withoutEmulatedHeadset(window.location.href)}>{xrText('leaveEmulator')}</a>
    </nav>
  );
}
