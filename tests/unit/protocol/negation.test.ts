import { describe, expect, it } from 'vitest';
import { type Mention, mentionOf } from '../../../src/core/protocol/keywords';
import { clausedTokensOf, tokensOf } from '../../../src/core/protocol/normalise';
import { OUTCOME_WORDS } from '../../../src/core/protocol/outcome-words';

/** The replacement fact's keywords in scenes/angry-repair-returned.yaml, plus the brief's „Austauschgerät“. */
const REPLACEMENT = [
  'Austauschgerät',
  'Austausch',
  'neue Maschine',
  'neues Gerät',
  'Neugerät',
  'Ersatzgerät',
  'ersetzt',
  'replacement',
  'new machine',
  'swap',
];

describe('clauses', () => {
  it.each([
    'Kein Geld zurück, sondern ein Austauschgerät am Samstag (9–12 Uhr).',
    'Lieferung 18:00 Uhr; Preis 9,50 €; Version 1.5 – danach Rückruf.',
    "He didn't get a replacement, but a refund",
  ])('keeps the words of tokensOf for %j', (text) => {
    expect(clausedTokensOf(text).words).toEqual(tokensOf(text));
  });

  it('splits at punctuation and contrast words, not inside numbers', () => {
    const { words, clauses } = clausedTokensOf(
      'Kein Geld zurück, sondern Austausch um 18:00 Uhr. Rückruf aber Freitag',
    );
    const clauseOf = (word: string) => clauses[words.indexOf(word)];
    expect(clauseOf('kein')).toBe(clauseOf('zuruck'));
    expect(clauseOf('sondern')).not.toBe(clauseOf('zuruck'));
    expect(clauseOf('sondern')).toBe(clauseOf('austausch'));
    expect(clauseOf('18')).toBe(clauseOf('uhr'));
    expect(clauseOf('ruckruf')).not.toBe(clauseOf('uhr'));
    expect(clauseOf('freitag')).not.toBe(clauseOf('ruckruf'));
  });
});

describe('negation in the agreement (clause reach)', () => {
  const cases: [string, Mention][] = [
    // As it stands.
    ['Austauschgerät wird am Samstag 9–12 Uhr geliefert und angeschlossen.', 'positive'],
    ['Replacement machine delivered and installed on Saturday morning.', 'positive'],
    // Negated before the match.
    ['Kein Austauschgerät.', 'negated'],
    ['Der Kunde bekommt keinen kostenlosen Austausch.', 'negated'],
    ['Ohne Ersatzgerät, der Kunde wartet auf die Reparatur.', 'negated'],
    ['Es wurde niemals ein Austausch angeboten.', 'negated'],
    ['Weder Geld zurück noch Austausch.', 'negated'],
    ['Kunde lehnt den Austausch ab.', 'negated'],
    ['No replacement device.', 'negated'],
    ["We didn't offer a replacement.", 'negated'],
    ['We did not offer a replacement.', 'negated'],
    ['He won’t get a new machine.', 'negated'],
    ['The customer cannot have a swap.', 'negated'],
    ['Neither a refund nor a replacement.', 'negated'],
    ['Customer declined the replacement.', 'negated'],
    ['Left without a replacement.', 'negated'],
    // Negated after the match (a negated verb, German word order).
    ['Das Gerät wird nicht ersetzt.', 'negated'],
    ['Austauschgerät wird nicht geliefert.', 'negated'],
    ['Austausch kommt nicht in Frage.', 'negated'],
    ['Ein neues Gerät bekommt er nicht.', 'negated'],
    ['Austausch abgelehnt.', 'negated'],
    ['Replacement was refused.', 'negated'],
    ["A replacement isn't possible.", 'negated'],
    // A clause boundary ends the negation.
    ['Kein Geld zurück, sondern ein Austauschgerät am Samstag.', 'positive'],
    ['Keine Erstattung – neues Gerät kommt am Samstag.', 'positive'],
    ['Reparatur abgelehnt und Austausch vereinbart.', 'positive'],
    ['Kunde war nicht zufrieden mit der Reparatur, daher Austausch am Samstag.', 'positive'],
    ['No refund, but a replacement machine on Saturday.', 'positive'],
    ['Not a repair. A replacement on Saturday.', 'positive'],
    // Any mention as it stands counts.
    ['Kein Geld zurück, kein Austausch der Pumpe; stattdessen Austauschgerät am Samstag.', 'positive'],
    // Qualified, not denied.
    ['Nicht nur ein Austausch, sondern auch ein Rückruf am Freitag.', 'positive'],
    ['Austauschgerät wird noch nicht geliefert, erst am Samstag.', 'positive'],
    ['Not only a replacement but also a call on Friday.', 'positive'],
    // A preposition starts another phrase.
    ['Kunde ist nicht einverstanden mit dem Austausch.', 'positive'],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(mentionOf(text, REPLACEMENT, 'clause')).toBe(expected);
  });

  it('reads a negator between the words of a phrase, and the prefix un-', () => {
    expect(mentionOf('Geld nicht zurück', ['Geld zurück'])).toBe('negated');
    expect(mentionOf('Geld sofort zurück', ['Geld zurück'])).toBe('positive');
    expect(mentionOf('Problem ungelöst', ['gelöst'])).toBe('negated');
    expect(mentionOf('The issue remains unresolved', ['resolved'])).toBe('negated');
  });

  it('reads how the talk ended the same way', () => {
    expect(mentionOf('Lösung vereinbart: Austausch.', OUTCOME_WORDS.resolved)).toBe('positive');
    expect(mentionOf('Keine Lösung vereinbart.', OUTCOME_WORDS.resolved)).toBe('negated');
    expect(mentionOf('Nothing was agreed.', OUTCOME_WORDS.resolved)).toBe('negated');
    expect(mentionOf('Keine Einigung, der Kunde ist wütend gegangen.', OUTCOME_WORDS.customer_left_angry)).toBe(
      'positive',
    );
    expect(mentionOf('No agreement – customer left.', OUTCOME_WORDS.customer_left_angry)).toBe('positive');
  });
});

describe('negation in the concern (noun reach)', () => {
  it.each<[string, string[], Mention]>([
    // Faults are told with negated verbs: the fact is mentioned.
    ['Maschine pumpt nicht ab, die Reparatur hat nicht geholfen.', ['Reparatur'], 'positive'],
    ['With his hearing aid he could not hear his grandson.', ['grandson'], 'positive'],
    ['Gerät wurde nicht richtig repariert.', ['repariert'], 'positive'],
    ['The machine was not properly repaired.', ['repaired'], 'positive'],
    // A negated noun denies it.
    ['Kunde will kein Geld zurück.', ['Geld zurück'], 'negated'],
    ['No refund wanted, only a working machine.', ['refund'], 'negated'],
    ['Kein erneuter Pumpendefekt, nur ein Bedienfehler.', ['Pumpendefekt'], 'negated'],
    ['Kunde will keine neue Maschine, sondern sein Geld zurück.', ['Geld zurück'], 'positive'],
  ])('%j mentions %j: %s', (text, keywords, expected) => {
    expect(mentionOf(text, keywords, 'noun')).toBe(expected);
  });
});

describe('keywords that negate by themselves', () => {
  it.each<[string, string[]]>([
    ['Kein Defekt: der Roboter fährt sich fest und ist laut.', ['kein Defekt', 'nicht defekt']],
    ['Not faulty, it just gets stuck.', ['not faulty']],
    ['Laptop geht seit gestern nicht mehr an.', ['geht nicht mehr an']],
    ['Laptop won’t turn on since last night.', ["won't turn on"]],
    ["The machine won't drain, E21.", ["won't drain"]],
    ['Maschine pumpt nicht ab.', ['pumpt nicht ab']],
    ['Garantie wurde abgelehnt, Sturzschaden.', ['Garantie abgelehnt']],
    ['Kein Garantiefall laut Prüfbericht.', ['kein Garantiefall']],
    ['Ladebuchse getauscht, keine Kosten für den Kunden.', ['keine Kosten', 'kostenlos']],
    ['Ladebuchse kostenlos getauscht.', ['keine Kosten', 'kostenlos']],
    ['Charging port replaced, no charge.', ['free of charge', 'no charge']],
    ['Ohne seine Freigabe keine Reparatur darüber.', ['Freigabe', 'ohne Freigabe']],
    ['No repair without his approval.', ['approval', 'without approval']],
  ])('%j mentions %j', (text, keywords) => {
    expect(mentionOf(text, keywords, 'clause')).toBe('positive');
    expect(mentionOf(text, keywords, 'noun')).toBe('positive');
  });

  it('still reads the plain keyword of such a fact as negated when it stands alone', () => {
    expect(mentionOf('Ohne seine Freigabe keine Reparatur darüber.', ['Freigabe'])).toBe('negated');
  });
});
