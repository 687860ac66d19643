import { defineTexts } from '../i18n/define-texts';

/** Texts of the LMS/LRS notice and settings, German first. `{n}`, `{status}`, `{detail}` are filled in. */
export const LRS_TEXT = defineTexts({
  cmi5Invalid: { de: 'LMS-Start unvollständig: {detail}', en: 'LMS launch incomplete: {detail}' },
  cmi5NoToken: {
    de: 'Anmeldung beim LMS fehlgeschlagen – Ergebnisse dieses Trainings werden nicht übermittelt.',
    en: 'Could not sign in to the LMS – results of this training will not be reported.',
  },
  cmi5NoLaunchData: {
    de: 'Startdaten des LMS nicht lesbar ({detail}) – Ergebnisse werden nicht übermittelt.',
    en: 'Could not read the LMS launch data ({detail}) – results will not be reported.',
  },
  cmi5NoScenario: {
    de: 'Das LMS nennt kein bekanntes Szenario – bitte eines auswählen.',
    en: 'The LMS names no known scenario – please choose one.',
  },
  pending: {
    de: '{n} Lernnachweise warten auf Übermittlung (letzter Versuch: {status}); es wird erneut versucht.',
    en: '{n} learning records are waiting to be sent (last attempt: {status}); trying again.',
  },
  rejected: {
    de: '{n} Lernnachweise wurden vom LRS abgelehnt und bleiben auf diesem Gerät.',
    en: '{n} learning records were refused by the LRS and stay on this device.',
  },
  noAnswer: { de: 'keine Antwort', en: 'no answer' },
  retry: { de: 'Jetzt senden', en: 'Send now' },
  hide: { de: 'Ausblenden', en: 'Hide' },
  settingsTitle: { de: 'Lernplattform (LRS)', en: 'Learning record store (LRS)' },
  settingsHint: {
    de: 'Ihre Organisation kann Ergebnisse als xAPI-Lernnachweise an ihr LRS senden lassen. Ohne Angaben verlässt nichts dieses Gerät.',
    en: 'Your organisation can have results sent to its LRS as xAPI learning records. Without settings nothing leaves this device.',
  },
  homePage: { de: 'Kontensystem der Pseudonyme (homePage)', en: 'Account system of the pseudonyms (homePage)' },
  endpoint: { de: 'LRS-Endpunkt', en: 'LRS endpoint' },
  username: { de: 'Schlüssel (Benutzername)', en: 'Key (user name)' },
  password: { de: 'Geheimnis (Passwort)', en: 'Secret (password)' },
  save: { de: 'Speichern', en: 'Save' },
  remove: { de: 'LRS entfernen', en: 'Remove LRS' },
  saved: { de: 'Gespeichert.', en: 'Saved.' },
  badAddress: { de: '„{field}“ ist keine http(s)-Adresse.', en: '"{field}" is not an http(s) address.' },
  status: {
    de: '{pending} wartend, {rejected} abgelehnt, {delivered} gesendet',
    en: '{pending} waiting, {rejected} refused, {delivered} sent',
  },
});
