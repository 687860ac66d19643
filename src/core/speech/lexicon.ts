/**
 * Whole words the letter rules read wrongly, with their phones. English needs this for its
 * frequent irregular words (the, one, through); German mainly for loanwords a customer says
 * (Handy, Team, Service). Keys are lower case; apostrophes are plain `'`.
 */
import type { Locale } from '../scenario/vocabulary';
import { type Phone, parsePhones } from './phones';

const ENGLISH: Record<string, string> = {
  a: '@', the: 'D @', i: 'A I', to: 't U:', two: 't U:', into: 'I n t U:', do: 'd U:', does: 'd V z',
  who: 'h U:', whom: 'h U: m', whose: 'h U: z', whole: 'h O U l', you: 'j U:', your: 'j O: r',
  yours: 'j O: r z', of: '@ v', from: 'f r V m', one: 'w V n', once: 'w V n s', someone: 's V m w V n',
  anyone: 'E n I: w V n', everyone: 'E v r I: w V n', are: 'A: r', were: 'w 3: r', was: 'w O z',
  have: 'h AE v', give: 'g I v', live: 'l I v', come: 'k V m', some: 's V m', done: 'd V n',
  none: 'n V n', gone: 'g O n', move: 'm U: v', prove: 'p r U: v', lose: 'l U: z', said: 's E d',
  says: 's E z', through: 'T r U:', though: 'D O U', although: 'O: l D O U', enough: '@ n V f',
  what: 'w O t', there: 'D E: r', where: 'w E: r', their: 'D E: r', they: 'D E I', any: 'E n I:',
  many: 'm E n I:', again: '@ g E n', friend: 'f r E n d', eye: 'A I', buy: 'b A I', guy: 'g A I',
  busy: 'b I z I:', business: 'b I z n @ s', women: 'w I m I n', woman: 'w U m @ n',
  people: 'p I: p @ l', great: 'g r E I t', break: 'b r E I k', bread: 'b r E d', head: 'h E d',
  dead: 'd E d', ready: 'r E d I:', already: 'O: l r E d I:', instead: 'I n s t E d', sure: 'S O: r',
  because: 'b I k O z', hour: 'A U @ r', honest: 'O n I s t', laugh: 'l A: f', half: 'h A: f',
  put: 'p U t', key: 'k I:', pretty: 'p r I t I:', idea: 'A I d I: @', build: 'b I l d',
  built: 'b I l t', guide: 'g A I d', okay: 'O U k E I', receipt: 'r I s I: t', minute: 'm I n I t',
  shoe: 'S U:', shoes: 'S U: z', today: 't @ d E I', tomorrow: 't @ m O r O U', only: 'O U n l I:',
  nineteen: 'n A I n t I: n', ninety: 'n A I n t I:', over: 'O U v @ r', open: 'O U p @ n', every: 'E v r I:', "i'm": 'A I m', "i've": 'A I v',
  "i'll": 'A I l', "i'd": 'A I d', "you're": 'j O: r', "you'll": 'j U: l', "you've": 'j U: v',
  "we're": 'w I: r', "we'll": 'w I: l', "they're": 'D E: r', "can't": 'k A: n t',
  "won't": 'w O U n t', "don't": 'd O U n t', "doesn't": 'd V z @ n t', "aren't": 'A: n t',
  "there's": 'D E: r z',
};

const GERMAN: Record<string, string> = {
  okay: 'O: k E:', handy: 'h E n d I:', team: 't I: m', service: 's 3: v I s', job: 'dZ O p',
  manager: 'm E n @ dZ 6', sorry: 's O r I:', online: 'O n l A I n', feedback: 'f I: d b E k',
  meeting: 'm I: t I N', laptop: 'l E p t O p', update: 'A p d E I t', cool: 'k U: l', fair: 'f E: 6',
  computer: 'k O m p j U: t 6', email: 'I: m E I l', support: 's @ p O: t', hotline: 'h O t l A I n',
  ticket: 't I k @ t', chat: 'tS E t', design: 'd I z A I n', shop: 'S O p', club: 'k l A p',
};

function compile(entries: Record<string, string>): ReadonlyMap<string, readonly Phone[]> {
  return new Map(Object.entries(entries).map(([word, phones]) => [word, parsePhones(phones)]));
}

/** Per locale: whole-word pronunciations that take precedence over the letter rules. */
export const LEXICON: Record<Locale, ReadonlyMap<string, readonly Phone[]>> = {
  de: compile(GERMAN),
  en: compile(ENGLISH),
};
