import { defineTexts } from './define-texts';

/**
 * Texts around a session's life that are not the conversation itself: ending it early from the
 * pause screen, how it shows afterwards, the mode badge and the remembered pseudonym.
 */
export const SESSION_TEXT = defineTexts({
  endConversation: { de: 'Gespräch beenden', en: 'End conversation' },
  endQuestion: {
    de: 'Gespräch jetzt beenden? Es wird als abgebrochen gespeichert und nicht bis zu einem Ende bewertet.',
    en: 'End the conversation now? It is saved as abandoned and not scored up to an ending.',
  },
  endQuestionShort: { de: 'Wirklich beenden?', en: 'End it now?' },
  endYes: { de: 'Ja, beenden', en: 'Yes, end it' },
  endNo: { de: 'Zurück', en: 'Back' },
  abandoned: { de: 'abgebrochen', en: 'abandoned' },
  abandonedTitle: { de: 'Gespräch abgebrochen', en: 'Conversation abandoned' },
  abandonedSummary: {
    de: 'Sie haben das Gespräch vor seinem Ende beendet. Die Werte beziehen sich nur auf den Verlauf bis dahin; ein Ausgang wird nicht bewertet.',
    en: 'You ended the conversation before it reached an ending. The scores cover only the conversation so far; no outcome is rated.',
  },
  modeBadgePractice: { de: 'Übung', en: 'Practice' },
  modeBadgeAssessment: { de: 'Prüfung', en: 'Assessment' },
  pseudonymPlaceholder: { de: 'z. B. blau-7', en: 'e.g. blue-7' },
  pseudonymRemembered: { de: 'Auf diesem Gerät gemerkt.', en: 'Remembered on this device.' },
  pseudonymWillGenerate: {
    de: 'Ohne Pseudonym wird die Sitzung unter einem erzeugten gespeichert (z. B. anonym-4821), das danach hier steht.',
    en: 'Without a pseudonym the session is saved under a generated one (e.g. anonym-4821), which then shows here.',
  },
  pseudonymInvalid: {
    de: 'Nur Buchstaben, Ziffern, „.“, „-“ und „_“ ohne Leerzeichen – sonst wird ein erzeugtes Pseudonym verwendet.',
    en: 'Only letters, digits, ".", "-" and "_" without spaces – otherwise a generated pseudonym is used.',
  },
  pseudonymGenerated: {
    de: 'Dieses Pseudonym wurde erzeugt, weil das Feld leer war. Sie können es ändern.',
    en: 'This pseudonym was generated because the field was empty. You may change it.',
  },
  devicePseudonyms: { de: 'Pseudonyme auf diesem Gerät', en: 'Pseudonyms on this device' },
  chooseFile: { de: 'Datei wählen …', en: 'Choose file …' },
  chooseFiles: { de: 'Dateien wählen …', en: 'Choose files …' },
  noFileChosen: { de: 'Keine Datei gewählt', en: 'No file chosen' },
  filesChosen: { de: '{n} Dateien gewählt', en: '{n} files chosen' },
});

export type SessionTextKey = keyof typeof SESSION_TEXT;
