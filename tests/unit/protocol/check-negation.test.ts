import { describe, expect, it } from 'vitest';
import { checkProtocol } from '../../../src/core/protocol/check';
import type { ConversationProtocol } from '../../../src/core/protocol/schema';
import { type SessionFacts, sessionFactsOf } from '../../../src/core/protocol/session-facts';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';
import { ANGRY_REPAIR_PROTOCOL, PATHS } from './angry-repair-facts';

/** checkProtocol with negated mentions: „kein Austauschgerät“ is not a mention of the replacement. */
const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const { facts, followUpEndings } = ANGRY_REPAIR_PROTOCOL;
const happened = (moves: readonly string[]): SessionFacts =>
  sessionFactsOf(scenario, playScript(scenario, moves).log, {
    followUpEndings,
    startedAt: '2025-03-14T09:30:00+01:00',
  });

const complete: ConversationProtocol = {
  concern: 'Waschmaschine nach der Reparatur wieder kaputt, Fehler E21, pumpt nicht ab.',
  agreement: 'Austauschgerät wird am Samstag 9–12 Uhr geliefert und angeschlossen. Rückruf am Freitag.',
  followUp: '2025-03-21',
  mood: 'calm',
};
const de = (r: { de: string }[]) => r.map((x) => x.de);
const en = (r: { en: string }[]) => r.map((x) => x.en);
const fact = (check: ReturnType<typeof checkProtocol>, id: string) => check.facts.find((f) => f.id === id);

describe('checkProtocol with negation', () => {
  it('does not count a denied agreement fact, and says the protocol claims the opposite', () => {
    const check = checkProtocol(
      { ...complete, agreement: 'Kein Austauschgerät, Termin am Samstag 9–12 Uhr.' },
      happened(PATHS.best),
      facts,
    );
    expect(fact(check, 'replacement')).toMatchObject({ mentioned: false, negated: true });
    expect(check.parts.agreement).toBe(15);
    expect(de(check.reasons)).toContain(
      'Im Protokoll steht das Gegenteil von „Austauschgerät, geliefert und angeschlossen“ – das wurde in diesem Gespräch aber vereinbart.',
    );
    // Named as denied, not also as missing.
    expect(de(check.reasons).some((r) => r.startsWith('In der Vereinbarung fehlt'))).toBe(false);
  });

  it('reads the same in English, before and after the match', () => {
    const before = checkProtocol(
      { ...complete, agreement: "He didn't get a replacement; slot on Saturday." },
      happened(PATHS.best),
      facts,
    );
    expect(before.parts.agreement).toBe(15);
    expect(en(before.reasons)).toContain(
      'The protocol says the opposite of "replacement machine, delivered and installed" – but that was agreed in this conversation.',
    );
    const after = checkProtocol(
      { ...complete, agreement: 'Neues Gerät wird nicht geliefert; Samstag Termin.' },
      happened(PATHS.best),
      facts,
    );
    expect(fact(after, 'replacement')?.negated).toBe(true);
  });

  it('counts a mention after a clause boundary', () => {
    const check = checkProtocol(
      {
        ...complete,
        agreement: 'Kein Geld zurück, sondern ein Austauschgerät am Samstag 9–12 Uhr; Rückruf am Freitag.',
      },
      happened(PATHS.best),
      facts,
    );
    expect(check.parts.agreement).toBe(30);
    expect(check.facts.filter((f) => f.part === 'agreement').every((f) => f.mentioned && !f.negated)).toBe(true);
  });

  it('names a denied optional fact without taking points', () => {
    const check = checkProtocol(
      { ...complete, agreement: 'Austauschgerät am Samstag, kein Rückruf am Freitag.' },
      happened(PATHS.best),
      facts,
    );
    expect(fact(check, 'friday_call')).toMatchObject({ required: false, negated: true });
    expect(check.parts.agreement).toBe(30);
    expect(en(check.reasons)).toContain(
      'The protocol says the opposite of "personal call on Friday" – but that was agreed in this conversation.',
    );
  });

  it('no longer calls a denied agreement of another ending wrong', () => {
    const worst = happened(PATHS.worst);
    expect(worst.ending?.outcome).toBe('customer_left_angry');
    for (const agreement of [
      'Kein Austauschgerät vereinbart, keine Einigung – der Kunde ist wütend gegangen.',
      'No replacement and no Saturday slot: no agreement, the customer left angry.',
    ]) {
      const check = checkProtocol({ ...complete, agreement, followUp: null, mood: 'angry' }, worst, facts);
      expect(check.facts.filter((f) => f.part === 'agreement').some((f) => f.mentioned)).toBe(false);
      expect(check.parts.agreement, agreement).toBe(30);
      expect(
        check.reasons.some((r) => r.en.includes('not agreed in this conversation')),
        agreement,
      ).toBe(false);
    }
    // Claimed as it stands, it still is wrong.
    const claimed = checkProtocol(
      { ...complete, agreement: 'Austauschgerät am Samstag vereinbart.', followUp: null, mood: 'angry' },
      worst,
      facts,
    );
    expect(claimed.parts.agreement).toBe(0);
  });

  it('does not take „keine Lösung vereinbart“ for a record of the solution', () => {
    const check = checkProtocol({ ...complete, agreement: 'Keine Lösung vereinbart.' }, happened(PATHS.best), []);
    expect(check.parts.agreement).toBe(0);
    expect(de(check.reasons)).toContain('Nicht festgehalten, welche Lösung vereinbart wurde.');
  });

  it('reads a concern told with negated verbs as mentioning its facts, a denied noun as the opposite', () => {
    const told = checkProtocol(
      { ...complete, concern: 'Maschine pumpt nicht ab, die Reparatur hat nicht geholfen, E21.' },
      happened(PATHS.best),
      facts,
    );
    expect(told.parts.concern).toBe(30);
    const denied = checkProtocol(
      { ...complete, concern: 'Nach der Reparatur kein Pumpendefekt, der Kunde ist nur verärgert.' },
      happened(PATHS.best),
      facts,
    );
    expect(fact(denied, 'fault_again')).toMatchObject({ mentioned: false, negated: true });
    expect(denied.parts.concern).toBe(15);
    expect(de(denied.reasons)).toContain(
      'Im Anliegen steht das Gegenteil von „Gerät nach der Reparatur wieder defekt (E21)“ – das gehört aber zum Anliegen des Kunden.',
    );
  });
});

describe('negation against the bundled scenarios', () => {
  it('threat-end-relationship: „Kaufpreis nicht ausgezahlt“ is not the caved-in agreement', () => {
    const threat = scenarioFrom('scenes/threat-end-relationship.yaml');
    const ended = sessionFactsOf(threat, playScript(threat, goldenMoves('threat-end-relationship', 'best')).log);
    expect(ended.ending?.node).not.toBe('caved_in');
    const protocol: ConversationProtocol = {
      concern: 'Herr Kessler wollte den Saugroboter nach sieben Wochen zurückgeben und 649 Euro bar. Kein Defekt.',
      agreement:
        'Kaufpreis nicht ausgezahlt. Nach der Drohung Gespräch beendet, Frau Albers hat die Geschäftsbeziehung beendet.',
      followUp: null,
      mood: 'upset',
    };
    const check = checkProtocol(protocol, ended, threat.protocol?.facts ?? []);
    expect(check.facts.find((f) => f.id === 'cash_paid')).toMatchObject({ mentioned: false, negated: true });
    expect(check.facts.find((f) => f.id === 'not_defective')).toMatchObject({ mentioned: true });
    expect(check.parts.agreement).toBe(30);
    expect(check.score).toBe(100);
  });

  it('suspicious-warranty-fee: the label’s own words „ohne seine Freigabe“ mention the approval fact', () => {
    const warranty = scenarioFrom('scenes/suspicious-warranty-fee.yaml');
    const approval = warranty.protocol?.facts.find((f) => f.id === 'written_approval');
    if (!approval) throw new Error('no written_approval fact');
    const agreed = sessionFactsOf(warranty, playScript(warranty, goldenMoves('suspicious-warranty-fee', 'best')).log, {
      followUpEndings: warranty.protocol?.followUpEndings ?? [],
    });
    const check = checkProtocol(
      {
        concern: 'Garantie abgelehnt.',
        agreement: 'Ohne seine Freigabe keine Reparatur.',
        followUp: null,
        mood: 'calm',
      },
      agreed,
      [approval],
    );
    expect(check.facts[0]).toMatchObject({ mentioned: true, negated: false });
  });
});
