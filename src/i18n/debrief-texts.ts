import { defineTexts } from './define-texts';

/**
 * Texts of the debrief's newer lines (level, the type question, the unsolved cap, grouped key
 * moments), the time-limit hint and the review's legends, shared by the DOM and the 3D panels.
 * German first; `{name}` placeholders are filled by `text()` / `useText()`.
 */
export const DEBRIEF_TEXTS = defineTexts({
  difficulty: { de: 'Schwierigkeit', en: 'Difficulty' },
  difficultyHint_easy: {
    de: 'Ruhigerer Start, mildere Reaktionen, mehr Zeit zum Antworten',
    en: 'A calmer start, milder reactions, more time to answer',
  },
  difficultyHint_medium: { de: 'Das Szenario, wie es geschrieben ist', en: 'The scenario as written' },
  difficultyHint_hard: {
    de: 'Gereizterer Start, heftigere Reaktionen, weniger Zeit; beim Üben Hinweise nur nach schwachen Antworten',
    en: 'A crosser start, stronger reactions, less time; in practice, cues only after weak answers',
  },
  typeHidden: {
    de: 'In der Prüfung nennt das Menü den Kundentyp nicht – Sie erkennen ihn im Gespräch.',
    en: 'In assessment the menu does not name the customer type – you recognise it in the conversation.',
  },
  typeQuestionHint: {
    de: 'Zählt nicht zur Gesamtbewertung – es geht darum, den Typ früh zu erkennen.',
    en: 'Not part of the overall score – the point is to recognise the type early.',
  },
  typeRecognition: { de: 'Kundentyp erkannt', en: 'Customer type recognised' },
  typeRight: { de: 'richtig', en: 'correct' },
  typeWrong: { de: 'nicht erkannt', en: 'not recognised' },
  typeApart: { de: 'Eigene Zeile, nicht in der Gesamtbewertung', en: 'A line of its own, not in the overall score' },
  customerType: { de: 'Kundentyp', en: 'Customer type' },
  typeRightShort: { de: 'Typ erkannt', en: 'type recognised' },
  typeWrongShort: { de: 'Typ nicht erkannt', en: 'type not recognised' },
  capped: { de: 'begrenzt auf {cap}', en: 'capped at {cap}' },
  uncapped: {
    de: 'Tonfall, Struktur und Eskalation ergäben im Schnitt {mean}.',
    en: 'Tone, structure and escalation would average {mean}.',
  },
  repeated: {
    de: '{n}× an derselben Stelle ({times}) – einmal erklärt',
    en: '{n}× at the same point ({times}) – explained once',
  },
  repeatedShort: { de: '{n}× an derselben Stelle', en: '{n}× at the same point' },
  unsolvedShort: {
    de: 'Das Anliegen blieb ungelöst: Gesamt höchstens {cap}.',
    en: 'The concern was left unsolved: overall at most {cap}.',
  },
  cappedShort: {
    de: 'Begrenzt auf {cap}: Das Anliegen blieb ungelöst (Schnitt der drei Werte: {mean}).',
    en: 'Capped at {cap}: the concern was left unsolved (mean of the three scores: {mean}).',
  },
  timeHint: {
    de: 'Hier haben Sie {s} Sekunden – der Kunde wartet.',
    en: 'You have {s} seconds here – the customer is waiting.',
  },
  // Review
  scoresLegend: {
    de: 'Bewertung: Gesamt, in Klammern Tonfall · Gesprächsstruktur · Umgang mit Eskalation · Dokumentation (sobald ein Protokoll geschrieben ist).',
    en: 'Scores: overall, in brackets tone · conversation structure · escalation handling · documentation (once a protocol is written).',
  },
  scoresTitle: {
    de: 'Tonfall · Gesprächsstruktur · Umgang mit Eskalation · Dokumentation',
    en: 'Tone · conversation structure · escalation handling · documentation',
  },
  legend: { de: 'Legende', en: 'Legend' },
  legendChoice: { de: 'Antwort des Trainees', en: 'Trainee’s answer' },
  legendMoment: { de: 'Schlüsselmoment der Auswertung', en: 'Key moment of the debrief' },
  legendPeak: { de: 'Ärger am Höhepunkt', en: 'Anger peak' },
  legendNote: { de: 'Trainer-Notiz', en: 'Trainer note' },
  legendVoice: {
    de: 'Stimme höher, lauter oder schneller als beim Einsprechen',
    en: 'Voice higher, louder or faster than at the voice check',
  },
  legendEmpty: {
    de: 'Eine leere Zeile heißt: nichts dieser Art (z. B. noch keine Notiz).',
    en: 'An empty lane means: nothing of that kind (e.g. no note yet).',
  },
  noProtocol: { de: 'Kein Protokoll geschrieben.', en: 'No protocol written.' },
});

export type DebriefTextKey = keyof typeof DEBRIEF_TEXTS;
