import type { Localized } from '../core/scenario/schema';
import type { VoiceStatus } from '../core/voice/schema';
import { defineTexts } from '../i18n/define-texts';

/** Voice mode's own texts, German first. */
export const VOICE_TEXT = defineTexts({
  mode: { de: 'Sprechen', en: 'Speak' },
  modeHint: {
    de: 'Antwort wählen und laut sagen – die Auswertung zeigt, wie Sie klangen.',
    en: 'Pick an answer and say it aloud – the feedback shows how you sounded.',
  },
  privacy: {
    de: 'Das Mikrofon wird nur gemessen: Ton wird weder gespeichert noch gesendet.',
    en: 'The microphone is only measured: no audio is stored or sent.',
  },
  asking: { de: 'Bitte erlauben Sie den Zugriff auf das Mikrofon.', en: 'Please allow access to the microphone.' },
  calibrateTitle: { de: 'Kurz einsprechen', en: 'Quick voice check' },
  calibrateHint: {
    de: 'Lesen Sie diesen Satz in Ihrer normalen, ruhigen Stimme vor:',
    en: 'Read this sentence aloud in your normal, calm voice:',
  },
  calibrateSentence: {
    de: 'Guten Tag, ich bin heute für Ihr Anliegen da und nehme mir gern Zeit für Sie.',
    en: 'Good morning, I am here for your request today and I am happy to take my time for you.',
  },
  listening: { de: 'Ich höre zu …', en: 'Listening …' },
  sayIt: { de: 'Sagen Sie Ihre Antwort jetzt laut.', en: 'Say your answer aloud now.' },
  skip: { de: 'Überspringen', en: 'Skip' },
  done: { de: 'Fertig', en: 'Done' },
  micOn: { de: 'Mikrofon aktiv (nur Messung)', en: 'Microphone on (measuring only)' },
  voice: { de: 'Stimme', en: 'Voice' },
  notMeasured: { de: 'nicht gemessen', en: 'not measured' },
  advice: { de: 'Tipp', en: 'Tip' },
});

/** The one plain message when voice cannot be measured; the conversation goes on without it. */
export const VOICE_FAILURE_TEXT: Record<Exclude<VoiceStatus, 'measured'>, Localized> = {
  refused: {
    de: 'Kein Mikrofonzugriff: Das Gespräch läuft ohne Sprachmessung weiter.',
    en: 'No microphone access: the conversation continues without voice measurement.',
  },
  'no-microphone': {
    de: 'Kein Mikrofon gefunden: Das Gespräch läuft ohne Sprachmessung weiter.',
    en: 'No microphone found: the conversation continues without voice measurement.',
  },
  unsupported: {
    de: 'Dieser Browser kann das Mikrofon nicht messen: Das Gespräch läuft ohne Sprachmessung weiter.',
    en: 'This browser cannot measure the microphone: the conversation continues without voice measurement.',
  },
};
