import { defineTexts } from './define-texts';

/** The app's own texts (scenario texts come from the scenario files). German first. */
export const UI = defineTexts({
  appTitle: { de: 'Counterpart', en: 'Counterpart' },
  tagline: { de: 'Gespräche mit schwierigen Kunden üben', en: 'Practise conversations with difficult customers' },
  scenarios: { de: 'Szenarien', en: 'Scenarios' },
  language: { de: 'Sprache', en: 'Language' },
  mode: { de: 'Modus', en: 'Mode' },
  practice: { de: 'Üben', en: 'Practice' },
  assessment: { de: 'Prüfung', en: 'Assessment' },
  practiceHint: { de: 'Nach jeder Antwort ein kurzer Hinweis', en: 'A short cue after each answer' },
  assessmentHint: { de: 'Keine Hinweise bis zur Auswertung', en: 'No cues until the feedback' },
  pseudonym: { de: 'Pseudonym', en: 'Pseudonym' },
  pseudonymHint: {
    de: 'Kein echter Name – nur ein Kürzel, das Sie wiedererkennen.',
    en: 'Not your real name – just a handle you recognise.',
  },
  start: { de: 'Gespräch beginnen', en: 'Start conversation' },
  minutes: { de: 'Min.', en: 'min' },
  upToDecisions: { de: 'bis zu {n} Entscheidungen', en: 'up to {n} decisions' },
  broken: {
    de: 'Dieses Szenario enthält Fehler und kann nicht gestartet werden:',
    en: 'This scenario has errors and cannot be started:',
  },
  customerSays: { de: 'Kunde', en: 'Customer' },
  yourAnswer: { de: 'Ihre Antwort', en: 'Your answer' },
  interrupt: { de: 'Unterbrechen', en: 'Interrupt' },
  interruptKey: { de: 'Leertaste', en: 'Space' },
  pause: { de: 'Pause', en: 'Pause' },
  resume: { de: 'Weiter', en: 'Resume' },
  paused: { de: 'Pausiert', en: 'Paused' },
  skip: { de: 'Weiter', en: 'Continue' },
  timeLeft: { de: 'Verbleibende Zeit', en: 'Time left' },
  feedback: { de: 'Auswertung', en: 'Feedback' },
  tryAgain: { de: 'Noch einmal', en: 'Try again' },
  backToMenu: { de: 'Zurück zum Menü', en: 'Back to menu' },
  overall: { de: 'Gesamt', en: 'Overall' },
  tone: { de: 'Tonfall', en: 'Tone' },
  structure: { de: 'Gesprächsstruktur', en: 'Conversation structure' },
  escalation: { de: 'Umgang mit Eskalation', en: 'Escalation handling' },
  bodyLanguage: { de: 'Körpersprache', en: 'Body language' },
  keyMoments: { de: 'Schlüsselmomente', en: 'Key moments' },
  noMoments: { de: 'Keine besonderen Momente.', en: 'No particular moments.' },
  youSaid: { de: 'Sie sagten', en: 'You said' },
  better: { de: 'Besser', en: 'Better' },
  moodChart: { de: 'Stimmung des Kunden', en: 'Customer mood' },
  anger: { de: 'Ärger', en: 'Anger' },
  trust: { de: 'Vertrauen', en: 'Trust' },
  patience: { de: 'Geduld', en: 'Patience' },
  cueGood: { de: 'Gut getroffen', en: 'Well done' },
  cueMixed: { de: 'Geht besser', en: 'Could be better' },
  cuePoor: { de: 'Das kam nicht gut an', en: 'That did not land well' },
  unknownScenario: { de: 'Unbekanntes Szenario', en: 'Unknown scenario' },
  customAvatar: { de: 'Eigener Avatar (VRM)', en: 'Own avatar (VRM)' },
  customAvatarHint: {
    de: 'Eine .vrm-Datei (z. B. aus VRoid Studio) ersetzt den Kunden des Szenarios.',
    en: 'A .vrm file (e.g. from VRoid Studio) replaces the scenario’s customer.',
  },
  customAvatarClear: { de: 'Standard verwenden', en: 'Use default' },
  textView: { de: 'Textansicht', en: 'Text view' },
  loading: { de: 'Szene wird geladen …', en: 'Loading the scene …' },
  customerArriving: { de: 'kommt gleich an den Schalter …', en: 'is on the way to the counter …' },
  sceneFailed: {
    de: 'Die 3D-Szene konnte nicht geladen werden. Sie können in der Textansicht weiterüben oder die Seite neu laden.',
    en: 'The 3D scene could not be loaded. You can go on practising in the text view, or reload the page.',
  },
  reload: { de: 'Seite neu laden', en: 'Reload page' },
  keysHint: {
    de: '1–4 antworten · Leertaste unterbrechen · Esc Pause · Maus ziehen: umsehen',
    en: '1–4 answer · Space interrupt · Esc pause · drag: look around',
  },
});

export const CUSTOMER_TYPE_LABELS = defineTexts({
  angry: { de: 'Der Wütende', en: 'The angry customer' },
  indecisive: { de: 'Der Unentschlossene', en: 'The indecisive customer' },
  demanding: { de: 'Der Anspruchsvolle', en: 'The demanding customer' },
  talkative: { de: 'Der Redselige', en: 'The talkative customer' },
  suspicious: { de: 'Der Misstrauische', en: 'The suspicious customer' },
  custom: { de: 'Besondere Lage', en: 'Special situation' },
});

export const DIFFICULTY_LABELS = defineTexts({
  easy: { de: 'Leicht', en: 'Easy' },
  medium: { de: 'Mittel', en: 'Medium' },
  hard: { de: 'Schwer', en: 'Hard' },
});

export const OUTCOME_LABELS = defineTexts({
  resolved: { de: 'Gelöst', en: 'Resolved' },
  follow_up_agreed: { de: 'Nachverfolgung vereinbart', en: 'Follow-up agreed' },
  escalated_to_supervisor: { de: 'An Vorgesetzte übergeben', en: 'Handed to a supervisor' },
  relationship_ended: { de: 'Geschäftsbeziehung professionell beendet', en: 'Relationship ended professionally' },
  customer_left_angry: { de: 'Kunde verärgert gegangen', en: 'Customer left angry' },
  customer_left_undecided: { de: 'Kunde unentschlossen gegangen', en: 'Customer left undecided' },
});

/** Names of the kinds of key moment, shared by the DOM debrief and the 3D debrief panel. */
export const KEY_MOMENT_LABELS = defineTexts({
  missed: { de: 'Verpasste Chance', en: 'Missed chance' },
  strong: { de: 'Starker Moment', en: 'Strong moment' },
  hesitated: { de: 'Zu lange gezögert', en: 'Hesitated too long' },
  interrupted: { de: 'Unterbrochen', en: 'Interrupted' },
});
