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

export function applyVoiceLink(search: string): void {
  const on = voiceFromLink(search);
  if (on !== undefined) voiceStore.getState().setEnabled(on);
}

let installed = false;

/**
 * Opens the microphone and runs the calibration sentence when voice mode is on; resolves at once
 * when it is off. Call it before starting a conversation, and before entering VR (with
 * `calibrate: false` there: a permission prompt inside an immersive session may not show, and the
 * click's user activation must last until the headset is entered).
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
