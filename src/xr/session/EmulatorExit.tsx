import { useSession } from '../../state/session';
import { EMULATED_HEADSET, withoutEmulatedHeadset } from './emulation-flag';
import { useXrPresence } from './xr-presence';
import { xrText } from './xr-texts';

/**
 * A strip that stays above everything while the page runs the emulated headset (`?xr=iwer`):
 * iwer puts its stereo view over the whole page (z-index 999) and has no controls of its own
 * here, so without this the only way out was a reload by hand. „VR beenden“ ends the emulated
 * session (back to the desktop view), „Emulator beenden“ reloads the same address without the
 * switch. Nothing renders in a trainee's browser.
 */
export function EmulatorExit() {
  const locale = useSession((s) => s.settings.locale);
  const session = useXrPresence((s) => s.session);
  if (!EMULATED_HEADSET) return null;
  return (
    <nav className="emulator-exit" aria-label={xrText('emulatorNote', locale)}>
      <span>{xrText('emulatorNote', locale)}</span>
      {session && (
        <button type="button" onClick={() => session.end().catch(() => undefined)}>
          {xrText('exitVr', locale)}
        </button>
      )}
      <a href={withoutEmulatedHeadset(window.location.href)}>{xrText('leaveEmulator', locale)}</a>
    </nav>
  );
}
