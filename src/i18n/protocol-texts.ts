import { defineTexts } from './define-texts';

/**
 * The texts of the protocol form, the fourth feedback item and the print page, German first. The
 * checker's own sentences (what is missing or wrong) come from core/protocol/messages.ts.
 */
export const PROTOCOL_UI = defineTexts({
  section: { de: 'Gesprächsprotokoll', en: 'Conversation protocol' },
  intro: {
    de: 'Halten Sie das Gespräch fest, wie Sie es für Kollegen dokumentieren würden – sachlich, ohne Kontaktdaten.',
    en: 'Record the conversation as you would document it for colleagues – factual, without contact details.',
  },
  concern: { de: 'Anliegen des Kunden', en: 'Customer’s concern' },
  concernHint: { de: 'Womit kam der Kunde? Was ist passiert?', en: 'What did the customer come with? What happened?' },
  agreement: { de: 'Lösung bzw. Vereinbarung', en: 'Solution or agreement' },
  agreementHint: {
    de: 'Was wurde vereinbart – oder wie endete das Gespräch ohne Einigung?',
    en: 'What was agreed – or how did the conversation end without agreement?',
  },
  followUp: { de: 'Folgetermin (falls vereinbart)', en: 'Follow-up date (if agreed)' },
  mood: { de: 'Stimmung des Kunden am Ende', en: 'Customer’s mood at the end' },
  moodMissing: { de: 'Bitte wählen Sie die Stimmung am Ende.', en: 'Please choose the mood at the end.' },
  dateInvalid: {
    de: 'Bitte ein gültiges Datum eingeben oder das Feld leeren.',
    en: 'Please enter a valid date or clear the field.',
  },
  submit: { de: 'Protokoll prüfen und speichern', en: 'Check and save protocol' },
  resubmit: { de: 'Geändertes Protokoll erneut prüfen', en: 'Check the changed protocol again' },
  documentation: { de: 'Dokumentation', en: 'Documentation' },
  pending: {
    de: 'Noch offen – schreiben Sie unten das Gesprächsprotokoll.',
    en: 'Still open – write the conversation protocol below.',
  },
  saving: { de: 'Wird gespeichert …', en: 'Saving …' },
  saved: { de: 'Protokoll mit der Sitzung gespeichert.', en: 'Protocol saved with the session.' },
  kept: {
    de: 'Die Sitzung selbst ist noch nicht gespeichert; das Protokoll wird mit ihr gespeichert.',
    en: 'The session itself is not stored yet; the protocol will be stored with it.',
  },
  notSaved: {
    de: 'Das Protokoll wurde geprüft, konnte aber nicht mit der Sitzung gespeichert werden.',
    en: 'The protocol was checked but could not be saved with the session.',
  },
  print: { de: 'Protokoll drucken', en: 'Print protocol' },
  headsetHint: {
    de: 'Das Gesprächsprotokoll schreiben Sie am Desktop, nachdem Sie die Brille abgesetzt haben.',
    en: 'You write the conversation protocol on the desktop after taking off the headset.',
  },
  desktopHint: {
    de: 'Das Gesprächsprotokoll schreiben Sie im Formular rechts neben der Szene.',
    en: 'Write the conversation protocol in the form beside the scene.',
  },
  // Print page
  printTitle: { de: 'Gesprächsprotokoll', en: 'Conversation protocol' },
  scenario: { de: 'Szenario', en: 'Scenario' },
  date: { de: 'Datum', en: 'Date' },
  pseudonym: { de: 'Pseudonym', en: 'Pseudonym' },
  outcome: { de: 'Gesprächsausgang', en: 'Outcome' },
  none: { de: '—', en: '—' },
  noProtocol: {
    de: 'Zu dieser Sitzung wurde kein Protokoll geschrieben.',
    en: 'No protocol was written for this session.',
  },
  check: { de: 'Prüfung des Protokolls', en: 'Protocol check' },
  transcript: { de: 'Gesprächsverlauf', en: 'Transcript' },
  printFollowUp: { de: 'Folgetermin', en: 'Follow-up' },
  printMood: { de: 'Stimmung am Ende', en: 'Mood at the end' },
  customer: { de: 'Kunde', en: 'Customer' },
  trainee: { de: 'Sie', en: 'You' },
  interrupted: { de: '(unterbricht)', en: '(interrupts)' },
  timedOut: { de: '(keine Antwort in der Zeit)', en: '(no answer in time)' },
  transcriptUnavailable: {
    de: 'Der Verlauf kann nicht angezeigt werden: Das Szenario wurde seit der Aufnahme geändert.',
    en: 'The transcript cannot be shown: the scenario has changed since the recording.',
  },
  loadingSession: { de: 'Sitzung wird geladen …', en: 'Loading the session …' },
  notFound: {
    de: 'Diese Sitzung ist auf diesem Gerät nicht gespeichert.',
    en: 'This session is not stored on this device.',
  },
  printNow: { de: 'Drucken', en: 'Print' },
  back: { de: 'Zurück', en: 'Back' },
  printedFrom: { de: 'Erstellt mit Counterpart (Training)', en: 'Created with Counterpart (training)' },
});
