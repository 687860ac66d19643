import type { Locale } from '../../core/scenario/vocabulary';
import { defineTexts, text } from '../../i18n/define-texts';
import { intlLocale } from '../../i18n/format';

/** The lifecycle's own messages (German first), kept beside the code that shows them. */
export const LIFECYCLE_TEXT = defineTexts({
  savedOne: { de: 'Gespeichert am {when}, nach {turns} Entscheidung.', en: 'Saved on {when}, after {turns} decision.' },
  savedMany: {
    de: 'Gespeichert am {when}, nach {turns} Entscheidungen.',
    en: 'Saved on {when}, after {turns} decisions.',
  },
  graphicsLost: {
    de: 'Die Grafik wurde zurückgesetzt … Das Gespräch ist pausiert und geht weiter, sobald die Darstellung wiederhergestellt ist.',
    en: 'The graphics were reset … The conversation is paused and continues as soon as the display is back.',
  },
  graphicsLostXr: {
    de: 'Die VR-Sitzung wurde dafür beendet. Starten Sie VR wieder, sobald die Darstellung zurück ist.',
    en: 'The VR session was ended for this. Enter VR again once the display is back.',
  },
  graphicsRestoredXr: {
    de: 'Die Grafik ist wieder da. Starten Sie VR erneut und setzen Sie das Gespräch dann fort – es ist pausiert.',
    en: 'The graphics are back. Enter VR again, then resume the conversation – it is paused.',
  },
  graphicsStuck: {
    de: 'Die Grafik lässt sich nicht wiederherstellen. Laden Sie die Seite neu – Ihr Gespräch ist gespeichert und geht an derselben Stelle weiter.',
    en: 'The graphics could not be restored. Reload the page – your conversation is saved and continues where it was.',
  },
  reload: { de: 'Seite neu laden', en: 'Reload page' },
  storageQuota: {
    de: 'Der Speicher des Browsers ist voll: Ihr Zwischenstand kann nicht gesichert werden. Das Gespräch läuft weiter, ginge aber beim Neuladen der Seite verloren. Geben Sie Speicher frei (z. B. Websitedaten löschen).',
    en: 'The browser’s storage is full: your progress cannot be saved. The conversation goes on, but reloading the page would lose it. Free some space (e.g. clear site data).',
  },
  storageFailed: {
    de: 'Ihr Zwischenstand kann in diesem Browser nicht gesichert werden. Das Gespräch läuft weiter, ginge aber beim Neuladen der Seite verloren.',
    en: 'Your progress cannot be saved in this browser. The conversation goes on, but reloading the page would lose it.',
  },
  dismiss: { de: 'Verstanden', en: 'Got it' },
  resumeTitle: { de: 'Unterbrochenes Gespräch', en: 'Interrupted conversation' },
  resume: { de: 'Gespräch fortsetzen', en: 'Resume conversation' },
  discard: { de: 'Verwerfen', en: 'Discard' },
});

/** "saved today at 14:32 after 3 decisions" */
export function savedLine(savedAt: number, turns: number, locale: Locale): string {
  const when = new Date(savedAt).toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
  return text(LIFECYCLE_TEXT, turns === 1 ? 'savedOne' : 'savedMany', locale, { when, turns });
}
