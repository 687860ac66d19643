import type { Localized } from '../scenario/schema';
import { type StructureStep, TONES, type Tone } from '../scenario/vocabulary';
import { TONE_TEXT } from '../scenario/vocabulary-labels';
import type { Band } from './weights';

/** The debrief's own sentences, German first. */

export const BAND_LABELS: Record<Band, Localized> = {
  excellent: { de: 'Sehr gut', en: 'Excellent' },
  good: { de: 'Gut', en: 'Good' },
  fair: { de: 'Ausbaufähig', en: 'Room to improve' },
  weak: { de: 'Kritisch', en: 'Needs work' },
};

/** The tone names the checker and the authoring guide use (one table, core/scenario/vocabulary-labels.ts). */
export const TONE_LABELS = Object.fromEntries(
  TONES.map((tone) => [tone, { de: TONE_TEXT[tone].de, en: TONE_TEXT[tone].en }]),
) as Record<Tone, Localized>;

export const STEP_LABELS: Record<StructureStep, Localized> = {
  acknowledge: { de: 'Gefühl anerkennen und zuhören', en: 'acknowledge the feeling and listen' },
  clarify: { de: 'mit Fragen klären', en: 'clarify with questions' },
  summarise: { de: 'neutral zusammenfassen', en: 'summarise neutrally' },
  offer: { de: 'Alternativen anbieten', en: 'offer alternatives' },
  commit: { de: 'verbindliche nächste Schritte vereinbaren', en: 'agree binding next steps' },
};

export const TEXT = {
  toneMix: (parts: { label: Localized; count: number }[]): Localized => ({
    de: `Ihre Antworten klangen ${parts.map((p) => `${p.label.de} (${p.count}×)`).join(', ')}.`,
    en: `Your answers sounded ${parts.map((p) => `${p.label.en} (${p.count}×)`).join(', ')}.`,
  }),
  toneFitInterrupts: (count: number): Localized => ({
    de: `${count}× freundlich, aber bestimmt unterbrochen, wo es passte – das zählt wie eine bestimmte Antwort.`,
    en: `${count}× interrupted politely but firmly where it fitted – that counts like a firm answer.`,
  }),
  toneWrongMoment: (whys: Localized[]): Localized => ({
    de: `${whys.length}× der Ton passte nicht zum Moment: ${unique(whys.map((w) => w.de)).join(' ')}`,
    en: `${whys.length}× the tone did not fit the moment: ${unique(whys.map((w) => w.en)).join(' ')}`,
  }),
  toneHeatedTimeouts: (count: number): Localized => ({
    de: `${count}× geschwiegen, bis die Zeit ablief, während der Kunde aufgebracht war – das wirkt ausweichend.`,
    en: `${count}× stayed silent until time ran out while the customer was upset – that comes across as evasive.`,
  }),
  toneAggressiveCap: {
    de: 'Eine aggressive Antwort begrenzt die Bewertung: keine Reaktion im Affekt.',
    en: 'An aggressive answer caps the score: never react in the heat of the moment.',
  },
  toneUnfitInterrupt: {
    de: 'Sie haben unterbrochen, wo der Kunde erst Dampf ablassen musste.',
    en: 'You interrupted when the customer first needed to let off steam.',
  },
  toneNoAnswers: { de: 'Keine Antworten gegeben.', en: 'No answers given.' },
  stepsDone: (steps: Localized[]): Localized => ({
    de: `Erfüllt: ${steps.map((s) => s.de).join(', ') || '–'}.`,
    en: `Done: ${steps.map((s) => s.en).join(', ') || '–'}.`,
  }),
  stepsMissing: (steps: Localized[]): Localized => ({
    de: `Gefehlt hat: ${steps.map((s) => s.de).join(', ')}.`,
    en: `Missing: ${steps.map((s) => s.en).join(', ')}.`,
  }),
  solutionBeforeAcknowledge: {
    de: 'Lösung angeboten, bevor das Gefühl des Kunden anerkannt war – erst zuhören, dann lösen.',
    en: 'You offered a solution before acknowledging the customer’s feeling – listen first, then solve.',
  },
  offerBeforeClarify: {
    de: 'Angebot gemacht, bevor eine klärende Frage gestellt war – erst das wahre Anliegen erfragen.',
    en: 'You made an offer before asking a single clarifying question – find out the real concern first.',
  },
  moodChange: (anger: number, trust: number, patience = 0): Localized => ({
    de: `Ärger ${signed(anger)}, Vertrauen ${signed(trust)}, Geduld ${signed(patience)} vom Anfang bis zum Ende.`,
    en: `Anger ${signed(anger)}, trust ${signed(trust)}, patience ${signed(patience)} from start to end.`,
  }),
  heatedWait: (count: number): Localized => ({
    de: `${count}× einen aufgebrachten Kunden warten lassen (Zeit abgelaufen oder lange gezögert).`,
    en: `${count}× kept an upset customer waiting (time ran out or a long hesitation).`,
  }),
  unsolved: {
    de: 'Das Anliegen blieb ungelöst: Der Kunde ist ohne Lösung gegangen. Gesamtbewertung höchstens 35 – ein angenehmes Gespräch ohne Lösung ist kein Erfolg.',
    en: 'The concern was left unsolved: the customer left without a solution. Overall at most 35 – a pleasant conversation that solves nothing is no success.',
  },
  unwarranted: (what: Localized): Localized => ({
    de: `${what.de} ohne Anlass – erst deeskalieren, eskalieren nur bei Bedarf.`,
    en: `${what.en} without need – de-escalate first, escalate only when necessary.`,
  }),
  counterEscalation: (count: number): Localized => ({
    de: `${count}× gereizt reagiert, als der Kunde aufgebracht war – Ruhe bewahren, nicht persönlich nehmen.`,
    en: `${count}× reacted sharply while the customer was upset – stay calm, don’t take it personally.`,
  }),
  unfinished: { de: 'Das Gespräch wurde nicht zu Ende geführt.', en: 'The conversation was not finished.' },
};

export const DRASTIC_LABELS = {
  escalate_to_supervisor: { de: 'An die Vorgesetzte übergeben', en: 'Handing over to a supervisor' },
  boundary_setting: { de: 'Eine Grenze gesetzt', en: 'Setting a boundary' },
  end_relationship: { de: 'Die Geschäftsbeziehung beendet', en: 'Ending the relationship' },
} satisfies Record<string, Localized>;

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

function signed(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : `${r}`;
}
