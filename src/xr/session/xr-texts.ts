import { defineTexts } from '../../i18n/define-texts';

/** The VR controls' texts, German first (kept beside the XR code; the app's own are in src/i18n/ui-texts.ts). */
export const XR_TEXT = defineTexts({
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
});
