import type { Message } from './problem';
import type { CustomerType, Difficulty, Emotion, Gesture, Outcome, StructureStep, Technique, Tone } from './vocabulary';

/**
 * Plain-language names of the scenario vocabulary in German and English: the JSON Schema's
 * descriptions, the authoring guide's tables and the checker's "did you mean" hints read them.
 * The German tone names are the debrief's (core/scoring/messages.ts); `aliases` are further
 * German words trainers use for the same value (a test keeps the debrief's names in here).
 */
export interface Label extends Message {
  aliases?: readonly string[];
}

export const TONE_TEXT: Record<Tone, Label> = {
  empathetic: { de: 'einfühlsam', en: 'empathetic', aliases: ['empathisch', 'verständnisvoll', 'mitfühlend'] },
  factual: { de: 'sachlich', en: 'factual', aliases: ['neutral', 'nüchtern'] },
  assertive: {
    de: 'freundlich-bestimmt',
    en: 'friendly but firm',
    aliases: ['bestimmt', 'freundlich bestimmt', 'selbstsicher'],
  },
  apologetic: { de: 'entschuldigend', en: 'apologetic', aliases: ['sich entschuldigend'] },
  evasive: { de: 'ausweichend', en: 'evasive', aliases: ['vage'] },
  defensive: { de: 'rechtfertigend', en: 'defensive', aliases: ['defensiv', 'verteidigend'] },
  dismissive: { de: 'abweisend', en: 'dismissive', aliases: ['herablassend', 'abwimmelnd'] },
  aggressive: { de: 'aggressiv', en: 'aggressive', aliases: ['angriffslustig'] },
};

export const TECHNIQUE_TEXT: Record<Technique, Label> = {
  active_listening: { de: 'aktives Zuhören', en: 'active listening', aliases: ['zuhören'] },
  empathy: {
    de: 'Empathie zeigen',
    en: 'showing empathy',
    aliases: ['Empathie', 'Verständnis zeigen', 'Gefühl anerkennen'],
  },
  open_question: { de: 'offene Frage', en: 'open question', aliases: ['offene Fragen'] },
  closed_question: { de: 'geschlossene Frage', en: 'closed question', aliases: ['geschlossene Fragen'] },
  neutral_summary: {
    de: 'neutral zusammenfassen',
    en: 'neutral summary',
    aliases: ['Zusammenfassung', 'zusammenfassen'],
  },
  stay_calm: { de: 'ruhig bleiben', en: 'staying calm', aliases: ['Ruhe bewahren', 'gelassen bleiben'] },
  keep_distance: { de: 'Abstand wahren', en: 'keeping distance', aliases: ['Distanz wahren', 'Abstand halten'] },
  alternatives: { de: 'Alternativen anbieten', en: 'offering alternatives', aliases: ['Alternativen'] },
  individual_solution: { de: 'individuelle Lösung', en: 'individual solution', aliases: ['Lösung'] },
  binding_next_steps: {
    de: 'verbindliche nächste Schritte',
    en: 'binding next steps',
    aliases: ['nächste Schritte', 'Vereinbarung'],
  },
  transparency: { de: 'Transparenz', en: 'transparency', aliases: ['offen informieren'] },
  focus_conversation: {
    de: 'Gespräch fokussieren',
    en: 'focusing the conversation',
    aliases: ['zum Thema zurückführen', 'fokussieren'],
  },
  boundary_setting: { de: 'Grenzen setzen', en: 'setting boundaries', aliases: ['Grenze setzen'] },
  escalate_to_supervisor: {
    de: 'an Vorgesetzte übergeben',
    en: 'escalating to a supervisor',
    aliases: ['eskalieren', 'Vorgesetzten holen'],
  },
  end_relationship: { de: 'Geschäftsbeziehung beenden', en: 'ending the relationship', aliases: ['Beziehung beenden'] },
  documentation: { de: 'dokumentieren', en: 'documentation', aliases: ['Dokumentation', 'protokollieren'] },
};

export const EMOTION_TEXT: Record<Emotion, Label> = {
  neutral: { de: 'neutral', en: 'neutral' },
  happy: { de: 'fröhlich', en: 'happy', aliases: ['froh', 'glücklich'] },
  relaxed: { de: 'entspannt', en: 'relaxed', aliases: ['ruhig', 'gelassen'] },
  sad: { de: 'traurig', en: 'sad' },
  angry: { de: 'wütend', en: 'angry', aliases: ['verärgert', 'zornig'] },
  annoyed: { de: 'genervt', en: 'annoyed', aliases: ['gereizt'] },
  surprised: { de: 'überrascht', en: 'surprised', aliases: ['erstaunt'] },
  anxious: { de: 'ängstlich', en: 'anxious', aliases: ['besorgt', 'nervös'] },
  doubtful: { de: 'zweifelnd', en: 'doubtful', aliases: ['skeptisch', 'misstrauisch'] },
};

export const GESTURE_TEXT: Record<Gesture, Label> = {
  none: { de: 'keine Geste', en: 'no gesture', aliases: ['keine'] },
  arms_crossed: { de: 'Arme verschränkt', en: 'arms crossed', aliases: ['verschränkte Arme'] },
  point: { de: 'zeigt mit dem Finger', en: 'points a finger', aliases: ['zeigen'] },
  hand_on_counter: { de: 'Hand auf dem Tresen', en: 'hand on the counter' },
  slam_counter: { de: 'schlägt auf den Tresen', en: 'slams the counter', aliases: ['auf den Tresen schlagen'] },
  shrug: { de: 'zuckt mit den Schultern', en: 'shrugs', aliases: ['Schulterzucken'] },
  check_watch: { de: 'schaut auf die Uhr', en: 'checks the watch', aliases: ['auf die Uhr schauen'] },
  look_around: { de: 'schaut sich um', en: 'looks around', aliases: ['umschauen'] },
  lean_in: { de: 'beugt sich vor', en: 'leans in', aliases: ['vorbeugen'] },
  lean_back: { de: 'lehnt sich zurück', en: 'leans back', aliases: ['zurücklehnen'] },
  nod: { de: 'nickt', en: 'nods', aliases: ['nicken'] },
  shake_head: { de: 'schüttelt den Kopf', en: 'shakes the head', aliases: ['Kopfschütteln'] },
  gesticulate: { de: 'gestikuliert', en: 'gesticulates', aliases: ['gestikulieren'] },
};

export const OUTCOME_TEXT: Record<Outcome, Label> = {
  resolved: { de: 'gelöst', en: 'resolved' },
  follow_up_agreed: { de: 'Folgetermin vereinbart', en: 'follow-up agreed' },
  escalated_to_supervisor: { de: 'an Vorgesetzte übergeben', en: 'handed to a supervisor' },
  relationship_ended: { de: 'Geschäftsbeziehung beendet', en: 'relationship ended' },
  customer_left_angry: { de: 'Kunde ging verärgert', en: 'customer left angry' },
  customer_left_undecided: { de: 'Kunde ging unentschlossen', en: 'customer left undecided' },
};

export const CUSTOMER_TYPE_TEXT: Record<CustomerType, Label> = {
  angry: { de: 'verärgerter Kunde', en: 'angry customer', aliases: ['verärgert', 'wütend'] },
  indecisive: { de: 'unentschlossener Kunde', en: 'indecisive customer', aliases: ['unentschlossen'] },
  demanding: { de: 'fordernder Kunde', en: 'demanding customer', aliases: ['fordernd', 'anspruchsvoll'] },
  talkative: { de: 'redseliger Kunde', en: 'talkative customer', aliases: ['redselig', 'gesprächig'] },
  suspicious: { de: 'misstrauischer Kunde', en: 'suspicious customer', aliases: ['misstrauisch'] },
  custom: { de: 'eigener Typ', en: 'another type' },
};

export const DIFFICULTY_TEXT: Record<Difficulty, Label> = {
  easy: { de: 'leicht', en: 'easy', aliases: ['einfach'] },
  medium: { de: 'mittel', en: 'medium' },
  hard: { de: 'schwer', en: 'hard', aliases: ['schwierig'] },
};

export const STRUCTURE_STEP_TEXT: Record<StructureStep, Label> = {
  acknowledge: { de: 'Gefühl anerkennen und zuhören', en: 'acknowledge the feeling and listen' },
  clarify: { de: 'mit Fragen klären', en: 'clarify with questions' },
  summarise: { de: 'neutral zusammenfassen', en: 'summarise neutrally' },
  offer: { de: 'Alternativen anbieten', en: 'offer alternatives' },
  commit: { de: 'verbindliche nächste Schritte vereinbaren', en: 'agree binding next steps' },
};

export const VOICE_GENDER_TEXT: Record<'female' | 'male' | 'any', Label> = {
  female: { de: 'weibliche Stimme', en: 'female voice', aliases: ['weiblich', 'Frau'] },
  male: { de: 'männliche Stimme', en: 'male voice', aliases: ['männlich', 'Mann'] },
  any: { de: 'beliebige Stimme', en: 'any voice', aliases: ['egal', 'beliebig'] },
};

export const GENUS_TEXT: Record<'m' | 'f' | 'n', Label> = {
  m: { de: 'maskulin (der)', en: 'masculine (der)' },
  f: { de: 'feminin (die)', en: 'feminine (die)' },
  n: { de: 'neutrum (das)', en: 'neuter (das)' },
};

export const FACT_PART_TEXT: Record<'concern' | 'agreement', Label> = {
  concern: { de: 'Anliegen', en: 'concern' },
  agreement: { de: 'Vereinbarung', en: 'agreement' },
};

export const COUNTER_KIND_TEXT: Record<'repair' | 'bank' | 'pharmacy' | 'shop' | 'telecom', Label> = {
  repair: { de: 'Reparatur-Annahme', en: 'repair desk', aliases: ['Reparatur', 'Werkstatt'] },
  bank: { de: 'Bankfiliale', en: 'bank branch', aliases: ['Bank', 'Sparkasse'] },
  pharmacy: { de: 'Apotheke', en: 'pharmacy' },
  shop: { de: 'Ladenkasse', en: 'shop till', aliases: ['Laden', 'Geschäft', 'Kasse'] },
  telecom: { de: 'Mobilfunkladen', en: 'telecom shop', aliases: ['Handyladen', 'Mobilfunk'] },
};

/** Every labelled vocabulary, keyed by one of its values (to find the table an enum belongs to). */
const TABLES: readonly Record<string, Label>[] = [
  TONE_TEXT,
  TECHNIQUE_TEXT,
  EMOTION_TEXT,
  GESTURE_TEXT,
  OUTCOME_TEXT,
  CUSTOMER_TYPE_TEXT,
  DIFFICULTY_TEXT,
  STRUCTURE_STEP_TEXT,
  VOICE_GENDER_TEXT,
  GENUS_TEXT,
  FACT_PART_TEXT,
  COUNTER_KIND_TEXT,
];

const normal = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[„“”"'‚‘’]/g, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();

/**
 * The canonical value a trainer meant when writing a German (or English) label instead of the
 * value, e.g. „ausweichend“ → `evasive` among the tones; undefined when the word is no label.
 */
export function valueForLabel(word: string, allowed: readonly string[]): string | undefined {
  const table = TABLES.find((t) => allowed.length > 0 && allowed.every((v) => v in t));
  if (!table) return undefined;
  const wanted = normal(word);
  for (const value of allowed) {
    const label = table[value];
    if (!label) continue;
    if ([label.de, label.en, ...(label.aliases ?? [])].some((l) => normal(l) === wanted)) return value;
  }
  return undefined;
}

/** The label of a value in its vocabulary, if it has one. */
export function labelOf(value: string, allowed: readonly string[]): Label | undefined {
  const table = TABLES.find((t) => allowed.length > 0 && allowed.every((v) => v in t));
  return table?.[value];
}
