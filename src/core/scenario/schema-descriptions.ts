import type { Message } from './problem';

/**
 * German for the schema's English field descriptions (schema.ts, core/protocol/key-facts.ts), so
 * the JSON Schema editors show reads "de: … / en: …". A test fails when a description has no
 * German here, so a new or reworded field cannot slip through untranslated.
 */
export const DESCRIPTIONS_DE: Readonly<Record<string, string>> = {
  'What the room looks like: repair (devices on the shelves, the default), bank, pharmacy, shop or telecom.':
    'Wie der Raum aussieht: repair (Geräte in den Regalen, die Vorgabe), bank (Bankfiliale), pharmacy (Apotheke), shop (Laden) oder telecom (Mobilfunkladen).',
  'German text on the sign': 'Deutscher Text auf dem Schild',
  'English text on the sign': 'Englischer Text auf dem Schild',
  'The large line of the sign, e.g. „Kundenservice“ / "Customer Service"; at most 24 characters. Leave it out for the company profile\'s sign.':
    'Die große Zeile des Schilds, z. B. „Kundenservice“ / "Customer Service"; höchstens 24 Zeichen. Weglassen ergibt das Schild aus dem Firmenprofil.',
  'The small line beneath: what this counter is for, e.g. „Reparatur-Annahme“ / "Repairs"; at most 40 characters.':
    'Die kleine Zeile darunter: wofür dieser Schalter da ist, z. B. „Reparatur-Annahme“ / "Repairs"; höchstens 40 Zeichen.',
  'The sign above the counter, shown in the language of the session (never both at once). Leave it out for the default „Kundenservice · Reparatur-Annahme“ / "Customer Service · Repairs".':
    'Das Schild über dem Schalter, in der Sprache des Gesprächs (nie beide zugleich). Weglassen ergibt „Kundenservice · Reparatur-Annahme“ / "Customer Service · Repairs".',
  'A Counterpart training scenario.': 'Ein Trainingsszenario für Counterpart.',
  'Unique id; also the file name without .yaml and the ?scenario= deep link.':
    'Eindeutige id; zugleich der Dateiname ohne .yaml und der Direktlink ?scenario=.',
  'A text in German (de) and English (en). Both are required.':
    'Ein Text auf Deutsch (de) und Englisch (en). Beide sind Pflicht.',
  'German text (the first language of the product)': 'Deutscher Text (die erste Sprache des Produkts)',
  'English text': 'Englischer Text',
  'The situation, told to the trainee before the conversation starts.':
    'Die Ausgangslage, die der Trainee vor dem Gespräch liest.',
  'About how long one run takes.': 'Ungefähr so viele Minuten dauert ein Durchgang.',
  'The customer type from the article.': 'Der Kundentyp aus dem Fachartikel.',
  'How the trainee addresses the customer, e.g. { de: Herr Kaya, en: Mr Kaya }.':
    'Wie der Trainee den Kunden anspricht, z. B. { de: Herr Kaya, en: Mr Kaya }.',
  'What the trainee sees: age, build, clothing.': 'Was der Trainee sieht: Alter, Statur, Kleidung.',
  'A bundled avatar id (e.g. "angry") or the path of a .vrm file under public/.':
    'Die id eines mitgelieferten Avatars (z. B. „angry“) oder der Pfad einer .vrm-Datei unter public/.',
  'Speech language per locale, e.g. { de: de-AT, en: en-US }.':
    'Sprachvariante der Stimme je Sprache, z. B. { de: de-AT, en: en-US }.',
  'Preferred voice, where the browser offers a choice.': 'Gewünschte Stimme, soweit der Browser die Wahl lässt.',
  'Speech pitch, 1 is normal.': 'Tonhöhe der Stimme, 1 ist normal.',
  'Speech rate, 1 is normal.': 'Sprechtempo, 1 ist normal.',
  'The mood of the customer, each value from 0 to 100.': 'Die Stimmung des Kunden, jeder Wert von 0 bis 100.',
  'Default values for {placeholders} in the texts, e.g. product: "Kaffeevollautomat Barista 3".':
    'Werte für {Platzhalter} in den Texten, z. B. product: "Kaffeevollautomat Barista 3".',
  'A value in German and English, optionally with its German gender.':
    'Ein Wert auf Deutsch und Englisch, wahlweise mit dem grammatischen Geschlecht.',
  'German value': 'Deutscher Wert',
  'English value': 'Englischer Wert',
  'German grammatical gender of the noun (m, f, n); lets texts write {name:einen neuen|eine neue|ein neues}.':
    'Grammatisches Geschlecht des Substantivs (m, f, n); damit können Texte {name:einen neuen|eine neue|ein neues} schreiben.',
  'The conversation steps scoring expects in this scenario (default: all five).':
    'Die Gesprächsschritte, die die Bewertung in diesem Szenario erwartet (Standard: alle fünf).',
  'The id of the first node.': 'Die id des ersten Knotens.',
  'The conversation graph: node id → node.': 'Der Gesprächsverlauf: Knoten-id → Knoten.',
  'What the customer says in this node.': 'Was der Kunde in diesem Knoten sagt.',
  'What is said: {de, en}, or a list of alternative wordings of which one is picked at random.':
    'Was gesagt wird: {de, en} oder eine Liste gleichwertiger Formulierungen, von denen eine zufällig gewählt wird.',
  "The customer's facial expression while saying this.": 'Der Gesichtsausdruck des Kunden bei diesem Satz.',
  'The body-language gesture the avatar plays with this line.': 'Die Geste, die der Avatar zu diesem Satz macht.',
  'Mood-dependent alternatives; the first whose condition holds is said instead.':
    'Stimmungsabhängige Alternativen; die erste, deren Bedingung zutrifft, wird stattdessen gesagt.',
  'A mood condition, e.g. "anger > 70" or "trust >= 50 and patience < 30".':
    'Eine Stimmungsbedingung, z. B. "anger > 70" oder "trust >= 50 und patience < 30" (and und und sind gleichwertig).',
  "Lines said instead of the node's own when the condition holds.":
    'Sätze, die statt der eigenen des Knotens gesagt werden, wenn die Bedingung zutrifft.',
  'Opens an interrupt window while the customer speaks.':
    'Erlaubt dem Trainee, den Kunden zu unterbrechen, während er spricht.',
  'true when a polite interruption is the right move here (talkative customer), false when it is wrong (an angry customer who needs to let off steam).':
    'true, wenn höfliches Unterbrechen hier richtig ist (redseliger Kunde), false, wenn es falsch ist (ein wütender Kunde, der Dampf ablassen muss).',
  "How this changes the customer's mood, e.g. { anger: -15, trust: 10 }. Values are clamped to 0–100.":
    'Wie sich die Stimmung des Kunden ändert, z. B. { anger: -15, trust: 10 }. Die Werte bleiben zwischen 0 und 100.',
  'What the customer says when interrupted.': 'Was der Kunde sagt, wenn er unterbrochen wird.',
  'Why interrupting helps or hurts here, shown in the debrief.':
    'Warum Unterbrechen hier hilft oder schadet; steht in der Auswertung.',
  "Where the conversation goes after the interruption; default: straight to this node's responses.":
    'Wohin das Gespräch nach der Unterbrechung geht; Standard: direkt zu den Antworten dieses Knotens.',
  'The id of the next node.': 'Die id des nächsten Knotens.',
  'A short id, unique within the node; it names this response in session logs.':
    'Eine kurze id, eindeutig im Knoten; sie benennt die Antwort in den Sitzungsprotokollen.',
  'What the trainee says.': 'Was der Trainee sagt.',
  'How the response sounds.': 'Wie die Antwort klingt.',
  'The techniques from the article this response uses.':
    'Die Gesprächstechniken aus dem Fachartikel, die diese Antwort verwendet.',
  'The next node: an id, or a list like [{ if: "anger > 70", to: a }, { to: b }].':
    'Der nächste Knoten: eine id oder eine Liste wie [{ if: "anger > 70", to: a }, { to: b }].',
  'Why this response helps or hurts; shown in the debrief.':
    'Warum die Antwort hilft oder schadet; steht in der Auswertung.',
  'Whether the answer fits this moment of the conversation (warm small talk while the queue waits does not; an open question to a talkative customer does not). Tone scoring uses it.':
    'Ob die Antwort zu diesem Moment passt (Plaudern, während die Schlange wartet, passt nicht; eine offene Frage an einen redseligen Kunden auch nicht). Die Ton-Bewertung berücksichtigt es.',
  'true when this answer suits this very moment, false when it is right in general but wrong now.':
    'true, wenn die Antwort genau jetzt passt, false, wenn sie grundsätzlich richtig, aber jetzt falsch ist.',
  'Why it fits or not at this moment, e.g. „Plaudern, während die Schlange wartet“; shown in the debrief.':
    'Warum sie jetzt passt oder nicht, z. B. „Plaudern, während die Schlange wartet“; steht in der Auswertung.',
  'Seconds the trainee has to answer; hesitation costs patience.':
    'Sekunden, die der Trainee zum Antworten hat; Zögern kostet Geduld.',
  'What the customer says when the trainee hesitates too long.':
    'Was der Kunde sagt, wenn der Trainee zu lange zögert.',
  'Shown in the debrief when the trainee ran out of time.':
    'Steht in der Auswertung, wenn dem Trainee die Zeit ablief.',
  'Where to go after the timeout; default: the same choices again.':
    'Wohin es nach Ablauf der Zeit geht; Standard: dieselbe Auswahl noch einmal.',
  'Drastic steps that are justified at this point (e.g. the customer threatens): escalate_to_supervisor, boundary_setting, end_relationship.':
    'Drastische Schritte, die hier gerechtfertigt sind (z. B. wenn der Kunde droht): escalate_to_supervisor, boundary_setting, end_relationship.',
  'For a node without responses: where the customer goes on.':
    'Für einen Knoten ohne Antworten: wo der Kunde weiterspricht.',
  'What kind of ending this is.': 'Welche Art von Gesprächsende das ist.',
  'One or two sentences shown with the debrief.': 'Ein, zwei Sätze, die mit der Auswertung erscheinen.',
  'How good this ending is for escalation handling (0–100); default depends on the outcome.':
    'Wie gut dieses Ende für den Umgang mit Eskalation ist (0–100); Standard je nach Ausgang.',
  'The key facts for the conversation protocol the trainee writes after the conversation; it is checked against them and scored as the fourth feedback item „Dokumentation“.':
    'Die Kernpunkte für das Gesprächsprotokoll, das der Trainee nach dem Gespräch schreibt; es wird daran geprüft und als vierter Punkt „Dokumentation“ bewertet.',
  'What a good protocol mentions: the concern facts (what the customer came with) and the agreement facts of each ending (what was agreed).':
    'Was ein gutes Protokoll enthält: das Anliegen (womit der Kunde kam) und die Vereinbarungen je Ende (was ausgemacht wurde).',
  'A short id, unique within the scenario.': 'Eine kurze id, eindeutig im Szenario.',
  'Where the protocol should mention it: in the concern or in the solution/agreement.':
    'Wo das Protokoll es erwähnen soll: beim Anliegen oder bei der Lösung/Vereinbarung.',
  'false: mentioning it is good, leaving it out costs nothing.':
    'false: es zu erwähnen ist gut, es wegzulassen kostet nichts.',
  'Ending node ids where this fact applies (an agreement made only on that path); default: every ending.':
    'Ids der Endknoten, für die dieser Punkt gilt (eine Vereinbarung nur auf diesem Weg); Standard: jedes Ende.',
  'How the fact is named in the feedback, e.g. { de: "Austauschgerät am Samstag", en: "replacement on Saturday" }.':
    'Wie der Punkt in der Rückmeldung heißt, z. B. { de: "Austauschgerät am Samstag", en: "replacement on Saturday" }.',
  'Words or short phrases that count as mentioning the fact; case, umlaut spelling (ä/ae) and endings do not matter.':
    'Wörter oder kurze Wendungen, die als Erwähnung zählen; Groß-/Kleinschreibung, Umlaute (ä/ae) und Endungen spielen keine Rolle.',
  'Ending node ids where a follow-up date was agreed (besides any ending with outcome follow_up_agreed).':
    'Ids der Endknoten, an denen ein Folgetermin vereinbart wurde (neben jedem Ende mit outcome follow_up_agreed).',
};

/** Descriptions of fields the schema leaves undescribed, by field name. */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, Message>> = {
  $schema: {
    de: 'Pfad zu dieser Schema-Datei, damit der Editor Felder vorschlägt.',
    en: 'Path of this schema file, so the editor suggests fields.',
  },
  format: { de: 'Immer counterpart-scenario/1.', en: 'Always counterpart-scenario/1.' },
  difficulty: { de: 'Wie schwer das Szenario ist.', en: 'How hard the scenario is.' },
  customer: {
    de: 'Der Kunde: Typ, Name, Aussehen, Stimme und Anfangsstimmung.',
    en: 'The customer: type, name, look, voice and starting mood.',
  },
  voice: {
    de: 'Die Stimme des Kunden (Sprachausgabe des Browsers).',
    en: "The customer's voice (the browser's speech output).",
  },
  anger: { de: 'Ärger, 0 (ruhig) bis 100 (außer sich).', en: 'Anger, 0 (calm) to 100 (furious).' },
  trust: { de: 'Vertrauen, 0 (keines) bis 100 (volles).', en: 'Trust, 0 (none) to 100 (full).' },
  patience: { de: 'Geduld, 0 (keine mehr) bis 100 (viel).', en: 'Patience, 0 (none left) to 100 (plenty).' },
  responses: {
    de: 'Die 2 bis 4 Antworten, zwischen denen der Trainee wählt.',
    en: 'The 2 to 4 answers the trainee chooses from.',
  },
  onTimeout: {
    de: 'Was passiert, wenn der Trainee innerhalb von timeLimit nicht antwortet.',
    en: 'What happens when the trainee does not answer within timeLimit.',
  },
  ending: { de: 'Macht den Knoten zu einem Gesprächsende.', en: 'Makes this node an end of the conversation.' },
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
};
