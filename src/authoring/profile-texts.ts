import { defineTexts } from '../i18n/define-texts';

/** The texts of the company profile editor on the trainer's scenario page. German first. */
export const PROFILE_TEXT = defineTexts({
  heading: { de: 'Firmenprofil', en: 'Company profile' },
  intro: {
    de: 'Name, Schild, Produkte, Preise und Regeln Ihres Unternehmens an einer Stelle. Alle Szenarien setzen diese Werte ein: {company}, {product.…}, {price.…}, {policy.…}.',
    en: "Your company's name, sign, products, prices and policies in one place. Every scenario fills in these values: {company}, {product.…}, {price.…}, {policy.…}.",
  },
  activeBundled: { de: 'Aktiv: das mitgelieferte Profil ({company}).', en: 'In use: the bundled profile ({company}).' },
  activeOwn: {
    de: 'Aktiv: Ihr eigenes Profil ({company}), gespeichert {when}.',
    en: 'In use: your own profile ({company}), saved {when}.',
  },
  editorLabel: { de: 'YAML-Text des Firmenprofils', en: 'The company profile as YAML text' },
  problemsHeading: { de: 'Probleme im Profil', en: 'Problems in the profile' },
  noProblems: {
    de: 'Keine Probleme – das Profil kann gespeichert werden.',
    en: 'No problems – the profile can be stored.',
  },
  unsetHeading: {
    de: 'Von Szenarien verwendet, im Profil nicht gesetzt',
    en: 'Used by scenarios, not set in the profile',
  },
  unsetNone: {
    de: 'Jeder Wert, den ein Szenario verwendet, ist gesetzt.',
    en: 'Every value a scenario uses is set.',
  },
  unsetItem: { de: '{placeholder} fehlt', en: '{placeholder} is missing' },
  save: { de: 'Profil auf diesem Gerät speichern', en: 'Store the profile on this device' },
  saved: {
    de: 'Gespeichert. Das Startmenü verwendet jetzt dieses Profil.',
    en: 'Stored. The start menu now uses this profile.',
  },
  load: { de: 'Profildatei laden …', en: 'Load a profile file …' },
  export: { de: 'Exportieren', en: 'Export' },
  reset: { de: 'Zurück zum mitgelieferten Profil', en: 'Back to the bundled profile' },
  resetQuestion: {
    de: 'Ihr eigenes Profil von diesem Gerät entfernen und wieder das mitgelieferte verwenden?',
    en: 'Remove your own profile from this device and use the bundled one again?',
  },
  resetDone: { de: 'Das mitgelieferte Profil ist wieder aktiv.', en: 'The bundled profile is in use again.' },
  storeFailed: {
    de: 'Speichern fehlgeschlagen (Speicher voll oder gesperrt): {error}',
    en: 'Could not store it (storage full or blocked): {error}',
  },
});
