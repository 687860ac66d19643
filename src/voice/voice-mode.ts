import { sessionStore } from '../state/session';
import { voiceStore } from './voice-store';

/**
 * The only voice module in the main bundle: a switch and a loader. Everything else (capture,
 * worklet, tracker, pitchy) is fetched the first time voice mode is prepared.
 */

/** `voice=1` in the link switches voice mode on, `voice=0` off; anything else leaves the menu's choice. */
export function voiceFromLink(search: string): boolean | undefined {
  const value = new URLSearchParams(search).get('voice');
  return value === '1' ? true : value === '0' ? false : undefined;
}

/**
 * Applies `voice=` from the link. On, it asks for the microphone at once, as the menu's switch
 * does: the prompt must show on the page, before the trainee can enter VR.
 */
export function applyVoiceLink(search: string): void {
  const on = voiceFromLink(search);
  // Off needs no voice code: nothing is open yet when the page starts.
  if (on === true) setVoiceMode(true);
  else if (on === false) voiceStore.getState().setEnabled(false);
}

let installed = false;

/**
 * Opens the microphone and runs the calibration sentence when voice mode is on; resolves at once
 * when it is off. Call it before starting a conversation (in VR too: the calibration card is 3D
 * there). The permission itself is asked when voice mode is switched on, on the page, because a
 * prompt inside an immersive session may not show.
 */
export async function prepareVoiceMode(options: { calibrate: boolean } = { calibrate: true }): Promise<void> {
  if (!voiceStore.getState().enabled) return;
  const wiring = await import('./voice-wiring');
  if (!installed) {
    wiring.installVoice(sessionStore);
    installed = true;
  }
  await wiring.prepareVoice(options);
}

/** The menu's switch: on asks for the microphone at once (so the prompt shows before any VR), off closes it. */
export function setVoiceMode(on: boolean): void {
  voiceStore.getState().setEnabled(on);
  if (on) void prepareVoiceMode({ calibrate: false });
  else void import('./voice-session').then((m) => m.closeVoice());
}
