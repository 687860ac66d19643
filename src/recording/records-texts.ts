import type { Locale } from '../core/scenario/vocabulary';
import { defineTexts, text } from '../i18n/define-texts';
import { intlLocale } from '../i18n/format';
import type { RecordsProblem } from './records-store';

/** The texts of the data pages and notices, German first. */
export const RECORDS_TEXT = defineTexts({
  myData: { de: 'Meine Daten', en: 'My data' },
  history: { de: 'Mein Verlauf', en: 'My progress' },
  back: { de: 'Zurück', en: 'Back' },
  dataIntro: {
    de: 'Ihre Trainingssitzungen liegen nur in diesem Browser auf diesem Gerät. Sie entscheiden, wie lange sie bleiben, und können sie jederzeit löschen oder als Datei mitnehmen.',
    en: 'Your training sessions are kept only in this browser on this device. You decide how long they stay, and can delete them or take them along as a file at any time.',
  },
  sessions: { de: 'Gespeicherte Sitzungen', en: 'Stored sessions' },
  none: { de: 'Noch keine Sitzungen gespeichert.', en: 'No sessions stored yet.' },
  date: { de: 'Datum', en: 'Date' },
  scenario: { de: 'Szenario', en: 'Scenario' },
  duration: { de: 'Dauer', en: 'Duration' },
  score: { de: 'Gesamt', en: 'Overall' },
  outcome: { de: 'Ausgang', en: 'Outcome' },
  actions: { de: 'Aktionen', en: 'Actions' },
  unfinished: { de: 'nicht beendet', en: 'not finished' },
  replayFile: { de: 'Aufzeichnung', en: 'Replay file' },
  xapi: { de: 'xAPI', en: 'xAPI' },
  delete: { de: 'Löschen', en: 'Delete' },
  confirmYes: { de: 'Ja, löschen', en: 'Yes, delete' },
  confirmNo: { de: 'Abbrechen', en: 'Cancel' },
  sessionCountOne: { de: 'Sitzung', en: 'session' },
  sessionCountMany: { de: 'Sitzungen', en: 'sessions' },
  attemptsOne: { de: '{n} Versuch', en: '{n} attempt' },
  attemptsMany: { de: '{n} Versuche', en: '{n} attempts' },
  confirmDelete: { de: 'Diese Sitzung endgültig löschen?', en: 'Delete this session for good?' },
  retention: { de: 'Aufbewahrung', en: 'Retention' },
  retentionLabel: { de: 'Sitzungen löschen, die älter sind als', en: 'Delete sessions older than' },
  retentionForever: { de: 'nie automatisch löschen', en: 'never delete automatically' },
  days: { de: 'Tage', en: 'days' },
  retentionHint: {
    de: 'Gilt sofort und bei jedem Start der App.',
    en: 'Applies at once and whenever the app starts.',
  },
  trainee: { de: 'Daten eines Pseudonyms', en: 'Data of one pseudonym' },
  pseudonym: { de: 'Pseudonym', en: 'Pseudonym' },
  exportTrainee: { de: 'Alle Daten exportieren (JSON)', en: 'Export all data (JSON)' },
  deleteTrainee: { de: 'Alle Sitzungen dieses Pseudonyms löschen', en: 'Delete all sessions of this pseudonym' },
  confirmDeleteTrainee: {
    de: 'Alle Sitzungen von „{p}“ endgültig löschen?',
    en: 'Delete all sessions of "{p}" for good?',
  },
  importTitle: { de: 'Aufzeichnungen importieren', en: 'Import replay files' },
  importHint: {
    de: 'Aufzeichnungen (.json) von einem anderen Gerät. Eine fehlerhafte Datei wird abgelehnt; gespeicherte Sitzungen bleiben unverändert.',
    en: 'Replay files (.json) from another device. A faulty file is refused; stored sessions stay unchanged.',
  },
  importFiles: { de: 'Dateien wählen …', en: 'Choose files …' },
  imported: { de: 'importiert', en: 'imported' },
  alreadyStored: { de: 'bereits gespeichert – unverändert gelassen', en: 'already stored – left unchanged' },
  refused: { de: 'abgelehnt', en: 'refused' },
  notStored: {
    de: 'geprüft, aber nicht gespeichert (siehe Meldung oben)',
    en: 'checked, but not stored (see the message above)',
  },
  everything: { de: 'Alles löschen', en: 'Delete everything' },
  everythingHint: {
    de: 'Löscht alle gespeicherten Sitzungen aller Pseudonyme auf diesem Gerät.',
    en: 'Deletes every stored session of every pseudonym on this device.',
  },
  confirmEverything: {
    de: 'Wirklich alle {n} Sitzungen endgültig löschen? Das lässt sich nicht rückgängig machen.',
    en: 'Really delete all {n} sessions for good? This cannot be undone.',
  },
  deleted: { de: '{n} Sitzungen gelöscht.', en: '{n} sessions deleted.' },
  historyIntro: {
    de: 'Ihre Versuche je Szenario mit der Gesamtpunktzahl im Zeitverlauf.',
    en: 'Your attempts per scenario with the overall score over time.',
  },
  historyNone: {
    de: 'Für dieses Pseudonym gibt es noch keine Sitzungen.',
    en: 'There are no sessions for this pseudonym yet.',
  },
  historyNoPseudonym: {
    de: 'Geben Sie Ihr Pseudonym ein, um Ihren Verlauf zu sehen.',
    en: 'Enter your pseudonym to see your progress.',
  },
  notes: { de: 'Hinweise der Trainerin / des Trainers', en: 'Trainer notes' },
  at: { de: 'bei', en: 'at' },
  best: { de: 'Bestwert', en: 'Best' },
  latest: { de: 'Zuletzt', en: 'Latest' },
  saveQuota: {
    de: 'Der Speicher des Browsers ist voll: Diese Sitzung wurde nicht gespeichert. Alle bisher gespeicherten Sitzungen sind unverändert. Laden Sie die Sitzung als Datei herunter oder löschen Sie alte Sitzungen unter „Meine Daten“ und versuchen Sie es erneut.',
    en: 'The browser’s storage is full: this session was not saved. All sessions stored before are unchanged. Download the session as a file, or delete old sessions under “My data” and try again.',
  },
  saveFailed: {
    de: 'Diese Sitzung konnte nicht gespeichert werden. Alle bisher gespeicherten Sitzungen sind unverändert. Laden Sie die Sitzung als Datei herunter, um sie zu behalten.',
    en: 'This session could not be saved. All sessions stored before are unchanged. Download the session as a file to keep it.',
  },
  writeQuota: {
    de: 'Der Speicher des Browsers ist voll: Die Änderung wurde nicht gespeichert. Die gespeicherten Sitzungen sind unverändert.',
    en: 'The browser’s storage is full: the change was not saved. The stored sessions are unchanged.',
  },
  writeFailed: {
    de: 'Die Änderung konnte nicht gespeichert werden. Die gespeicherten Sitzungen sind unverändert.',
    en: 'The change could not be saved. The stored sessions are unchanged.',
  },
  retry: { de: 'Erneut versuchen', en: 'Try again' },
  download: { de: 'Als Datei herunterladen', en: 'Download as a file' },
  dismiss: { de: 'Verstanden', en: 'Got it' },
  scenarioMissing: {
    de: 'Das Szenario „{id}“ fehlt in dieser App oder wurde seit der Aufnahme geändert – die Aufzeichnung lässt sich hier nicht auswerten.',
    en: 'The scenario "{id}" is missing from this app or has changed since the recording – the recording cannot be evaluated here.',
  },
  xapiUnavailable: {
    de: 'xAPI-Export nicht möglich: Das Szenario dieser Sitzung fehlt in dieser App oder wurde seit der Aufnahme geändert.',
    en: 'xAPI export not possible: this session’s scenario is missing from this app or has changed since the recording.',
  },
  logMismatch: {
    de: 'Die Schritte der Aufzeichnung passen nicht zum Szenario – sie lässt sich nicht abspielen',
    en: 'The recorded steps do not fit the scenario – it cannot be replayed',
  },
});

export type RecordsTextKey = keyof typeof RECORDS_TEXT;

/** The message for a failed write. */
export function problemText(problem: RecordsProblem, locale: Locale): string {
  if (problem.action === 'save')
    return text(RECORDS_TEXT, problem.kind === 'quota' ? 'saveQuota' : 'saveFailed', locale);
  return text(RECORDS_TEXT, problem.kind === 'quota' ? 'writeQuota' : 'writeFailed', locale);
}

/** "1 Versuch", "3 Versuche" / "1 attempt", "3 attempts". */
export function attemptsText(count: number, locale: Locale): string {
  return text(RECORDS_TEXT, count === 1 ? 'attemptsOne' : 'attemptsMany', locale, { n: count });
}

export { formatDuration } from '../i18n/format';

/** A date-time in the locale's short form. */
export function formatWhen(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
}
