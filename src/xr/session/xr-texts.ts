import type { Locale } from '../../core/scenario/vocabulary';

/** The VR controls' texts, German first (kept beside the XR code; the app's own are in src/app/i18n.ts). */
export const XR_TEXT = {
  enterVr: { de: 'VR starten', en: 'Enter VR' },
  enterVrFromMenu: {
    de: 'Startet das gewählte Szenario im Headset.',
    en: 'Starts the selected scenario in the headset.',
  },
  enterVrFailed: {
    de: 'VR konnte nicht gestartet werden. Ist das Headset bereit?',
    en: 'Could not enter VR. Is the headset ready?',
  },
  recenter: { de: 'Neu ausrichten', en: 'Recenter' },
  seated: { de: 'Im Sitzen', en: 'Seated' },
  standing: { de: 'Im Stehen', en: 'Standing' },
  exitVr: { de: 'VR beenden', en: 'Exit VR' },
  emulatorNote: { de: 'Emulierte Meta Quest 3 (Test-Modus)', en: 'Emulated Meta Quest 3 (test mode)' },
  leaveEmulator: { de: 'Emulator beenden', en: 'Leave emulator' },
} as const satisfies Record<string, Record<Locale, string>>;

export type XrTextKey = keyof typeof XR_TEXT;

export const xrText = (key: XrTextKey, locale: Locale): string => XR_TEXT[key][locale];
