import { describe, expect, it } from 'vitest';
import { checkProtocol } from '../../../src/core/protocol/check';
import { keyFactSchema, scenarioProtocolSchema } from '../../../src/core/protocol/key-facts';
import type { ConversationProtocol } from '../../../src/core/protocol/schema';
import { type SessionFacts, sessionFactsOf } from '../../../src/core/protocol/session-facts';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';
import { ANGRY_REPAIR_PROTOCOL, PATHS } from './angry-repair-facts';

const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const { facts, followUpEndings } = ANGRY_REPAIR_PROTOCOL;
const happened = (moves: readonly string[]): SessionFacts =>
  sessionFactsOf(scenario, playScript(scenario, moves).log, {
    followUpEndings,
    startedAt: '2025-03-14T09:30:00+01:00',
  });

const complete: ConversationProtocol = {
  concern:
    'Waschmaschine AquaLux 8 nach der Reparatur wieder kaputt, Fehler E21, pumpt nicht ab. Kunde hatte für den Techniker extra Urlaub genommen.',
  agreement:
    'Austauschgerät wird am Samstag 9–12 Uhr geliefert und angeschlossen, Altgerät wird mitgenommen. Rückruf am Freitag.',
  followUp: '2025-03-21',
  mood: 'calm',
};
const de = (r: { de: string }[]) => r.map((x) => x.de);

describe('checkProtocol', () => {
  it('gives a complete, accurate protocol full marks', () => {
    const check = checkProtocol(complete, happened(PATHS.best), facts);
    expect(check.score).toBe(100);
    expect(check.verdict.de).toBe('Sehr gut');
    expect(check.parts).toEqual({ concern: 30, agreement: 30, followUp: 20, mood: 20, privacy: 0 });
    expect(de(check.reasons)).toContain('Anliegen vollständig festgehalten.');
    expect(check.facts.every((f) => f.mentioned)).toBe(true);
  });

  it('reads an English protocol and ae/oe/ue spellings just as well', () => {
    const en: ConversationProtocol = {
      concern: 'Customer says the washing machine is broken again a week after the repair (E21).',
      agreement: 'Replacement machine delivered and installed on Saturday morning; I will call him on Friday.',
      followUp: '2025-03-21',
      mood: 'calm',
    };
    expect(checkProtocol(en, happened(PATHS.best), facts).score).toBe(100);
    const ascii = { ...complete, agreement: 'AUSTAUSCHGERAET samstags, Rueckruf freitags' };
    expect(checkProtocol(ascii, happened(PATHS.best), facts).parts.agreement).toBe(30);
  });

  it('says the follow-up date is missing when one was agreed', () => {
    const check = checkProtocol({ ...complete, followUp: null }, happened(PATHS.followUp), facts);
    expect(check.parts.followUp).toBe(0);
    expect(de(check.reasons)).toContain('Folgetermin fehlt, obwohl einer vereinbart wurde.');
    expect(check.reasons.map((r) => r.en)).toContain('The follow-up date is missing although one was agreed.');
  });

  it('refuses a follow-up date before the day of the conversation', () => {
    const check = checkProtocol({ ...complete, followUp: '2025-03-01' }, happened(PATHS.best), facts);
    expect(check.parts.followUp).toBe(0);
    expect(de(check.reasons)).toContain('Der Folgetermin 2025-03-01 liegt vor dem Gesprächstag (2025-03-14).');
  });

  it('names the mood that was wrong, and what it was', () => {
    const undecided = happened(PATHS.undecided);
    expect(undecided.ending?.outcome).toBe('customer_left_undecided');
    const protocol: ConversationProtocol = {
      concern: complete.concern,
      agreement: 'Keine Einigung, der Kunde will es sich überlegen.',
      followUp: null,
      mood: 'calm',
    };
    const check = checkProtocol(protocol, undecided, facts);
    expect(check.parts.mood).toBe(0);
    expect(de(check.reasons)).toContain('Stimmung am Ende als ruhig notiert, der Kunde war aber verärgert.');
    expect(check.reasons.map((r) => r.en)).toContain('Mood at the end noted as calm, but the customer was upset.');
    expect(checkProtocol({ ...protocol, mood: 'neutral' }, undecided, facts).parts.mood).toBe(20);
    expect(checkProtocol({ ...protocol, mood: 'upset' }, undecided, facts).parts.mood).toBe(20);
    expect(checkProtocol({ ...protocol, mood: 'angry' }, undecided, facts).parts.mood).toBe(10);
  });

  it('gives half the mood points one step off', () => {
    const check = checkProtocol({ ...complete, mood: 'neutral' }, happened(PATHS.best), facts);
    expect(check.parts.mood).toBe(10);
    expect(check.score).toBe(90);
    expect(check.reasons.map((r) => r.de)).toContain('Stimmung am Ende als neutral notiert, der Kunde war aber ruhig.');
  });

  it('lists the concern facts that are missing by name; optional ones cost nothing', () => {
    const check = checkProtocol(
      { ...complete, concern: 'Kunde war sehr aufgebracht wegen der Reparatur.' },
      happened(PATHS.best),
      facts,
    );
    expect(check.parts.concern).toBe(15);
    expect(de(check.reasons)).toContain('Im Anliegen fehlt: „Gerät nach der Reparatur wieder defekt (E21)“.');
    expect(check.facts.find((f) => f.id === 'lost_day_off')).toMatchObject({ required: false, mentioned: false });
  });

  it('scores an empty protocol low and says what is not filled in', () => {
    const check = checkProtocol(
      { concern: '  ', agreement: '', followUp: null, mood: 'calm' },
      happened(PATHS.best),
      facts,
    );
    expect(check.parts.concern + check.parts.agreement + check.parts.followUp).toBe(0);
    expect(de(check.reasons)).toEqual(
      expect.arrayContaining([
        'Das Anliegen des Kunden ist nicht ausgefüllt.',
        'Lösung bzw. Vereinbarung ist nicht ausgefüllt.',
        'Folgetermin fehlt, obwohl einer vereinbart wurde.',
      ]),
    );
    expect(check.verdict.de).toBe('Kritisch');
  });

  it('flags an agreement that was never made when the customer left angry', () => {
    const worst = happened(PATHS.worst);
    expect(worst.ending?.outcome).toBe('customer_left_angry');
    const wrong: ConversationProtocol = {
      concern: complete.concern,
      agreement: 'Austauschgerät am Samstag vereinbart.',
      followUp: null,
      mood: 'angry',
    };
    const check = checkProtocol(wrong, worst, facts);
    expect(check.parts.agreement).toBe(0);
    expect(de(check.reasons)).toEqual(
      expect.arrayContaining([
        'Nicht festgehalten, dass keine Einigung erzielt wurde und der Kunde verärgert gegangen ist.',
        'Im Protokoll steht „Austauschgerät, geliefert und angeschlossen“, „Termin Samstag 9–12 Uhr“ – das wurde in diesem Gespräch nicht vereinbart.',
      ]),
    );
    const honest = checkProtocol(
      { ...wrong, agreement: 'Keine Einigung – der Kunde ist wütend gegangen.' },
      worst,
      facts,
    );
    expect(honest.parts.agreement).toBe(30);
    expect(honest.score).toBe(100);
  });

  it('expects a hand-over to be recorded as one', () => {
    const handed = happened(PATHS.handedOver);
    const protocol: ConversationProtocol = {
      concern: complete.concern,
      agreement: 'Fall an die Teamleitung übergeben.',
      followUp: null,
      mood: 'angry',
    };
    expect(checkProtocol(protocol, handed, facts).parts.agreement).toBe(30);
    const silent = checkProtocol({ ...protocol, agreement: 'Kunde wurde informiert.' }, handed, facts);
    expect(silent.parts.agreement).toBe(0);
    expect(de(silent.reasons)).toContain('Nicht festgehalten, dass an die Führungskraft übergeben wurde.');
  });

  it('handles a conversation that was never finished', () => {
    const unfinished = happened(PATHS.best.slice(0, 3));
    expect(unfinished.ending).toBeNull();
    const check = checkProtocol(
      { ...complete, agreement: 'Gespräch abgebrochen, noch offen.', followUp: null, mood: 'upset' },
      unfinished,
      facts,
    );
    expect(check.parts.agreement).toBe(30);
    expect(check.facts.filter((f) => f.part === 'agreement').every((f) => !f.applies)).toBe(true);
  });

  it('deducts for contact data and labels about the person (data protection), but not for dates', () => {
    const pii = checkProtocol(
      { ...complete, concern: `${complete.concern} Tel. 0171 2345678, max@example.org` },
      happened(PATHS.best),
      facts,
    );
    expect(pii.parts.privacy).toBe(-10);
    expect(pii.score).toBe(90);
    const rude = checkProtocol(
      { ...complete, concern: `${complete.concern} Typischer Choleriker.` },
      happened(PATHS.best),
      facts,
    );
    expect(rude.parts.privacy).toBe(-10);
    expect(de(rude.reasons).at(-1)).toMatch(/Abwertende Worte/);
    const dated = checkProtocol(
      { ...complete, agreement: `${complete.agreement} Lieferung 2025-03-15, Auftrag RP-58213. Die Maschine spinnt.` },
      happened(PATHS.best),
      facts,
    );
    expect(dated.parts.privacy).toBe(0);
  });

  it('falls back to outcome words when a scenario names no key facts', () => {
    const check = checkProtocol({ ...complete, agreement: 'Lösung vereinbart: Tausch.' }, happened(PATHS.best), []);
    expect(check.parts).toMatchObject({ concern: 30, agreement: 30 });
    expect(
      checkProtocol({ ...complete, agreement: 'Kunde informiert.' }, happened(PATHS.best), []).parts.agreement,
    ).toBe(0);
  });
});

describe('session facts', () => {
  it('reads the ending, final mood and agreed follow-up from the log', () => {
    const best = happened(PATHS.best);
    expect(best).toEqual({
      ending: { node: 'resolved_replacement', outcome: 'resolved' },
      followUpAgreed: true,
      finalMood: { anger: 5, trust: 95, patience: 50 },
      sessionDate: '2025-03-14',
    });
    const withoutField = sessionFactsOf(scenario, playScript(scenario, PATHS.best).log);
    expect(withoutField.followUpAgreed).toBe(false);
    expect(sessionFactsOf(scenario, playScript(scenario, PATHS.followUp).log).followUpAgreed).toBe(true);
  });
});

describe('proposed scenario field', () => {
  it('defaults required to true and checks ids, parts and keyword lists', () => {
    const fact = keyFactSchema.parse({
      id: 'x',
      part: 'concern',
      label: { de: 'a', en: 'b' },
      keywords: { de: ['a'], en: ['b'] },
    });
    expect(fact.required).toBe(true);
    expect(keyFactSchema.safeParse({ ...fact, part: 'mood' }).success).toBe(false);
    expect(keyFactSchema.safeParse({ ...fact, keywords: { de: [], en: ['b'] } }).success).toBe(false);
    expect(scenarioProtocolSchema.parse({})).toEqual({ facts: [], followUpEndings: [] });
  });

  it('names only endings that exist in the scenario (the linter the schema owner would add)', () => {
    for (const id of [...followUpEndings, ...facts.flatMap((f) => f.endings ?? [])])
      expect(scenario.nodes[id]?.ending).toBeDefined();
  });
});
