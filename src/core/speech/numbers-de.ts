/**
 * German number words. German writes a number below a million as one word
 * (einhundertdreiundzwanzig), with "eins" only as the very last part (hunderteins, but
 * einundzwanzig, eintausend).
 */

const ONES = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const SCALES = [
  { value: 1e9, one: 'eine milliarde', many: 'milliarden' },
  { value: 1e6, one: 'eine million', many: 'millionen' },
] as const;

function one(n: number, last: boolean): string {
  return n === 1 && !last ? 'ein' : (ONES[n] ?? '');
}

function belowHundred(n: number, last: boolean): string {
  if (n < 10) return one(n, last);
  if (n < 20) return TEENS[n - 10] ?? '';
  const units = n % 10;
  return (units === 0 ? '' : `${one(units, false)}und`) + (TENS[Math.floor(n / 10)] ?? '');
}

function belowThousand(n: number, last: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return (hundreds === 0 ? '' : `${one(hundreds, false)}hundert`) + (rest === 0 ? '' : belowHundred(rest, last));
}

function belowMillion(n: number, last: boolean): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return (
    (thousands === 0 ? '' : `${belowThousand(thousands, false)}tausend`) + (rest === 0 ? '' : belowThousand(rest, last))
  );
}

/** A non-negative integer below 10¹² as German words ("21" → ["einundzwanzig"]). */
export function germanCardinal(n: number): string[] {
  if (n === 0) return ['null'];
  const words: string[] = [];
  let rest = n;
  for (const scale of SCALES) {
    const count = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (count === 1) words.push(...scale.one.split(' '));
    else if (count > 1) words.push(belowMillion(count, false), scale.many);
  }
  if (rest > 0) words.push(belowMillion(rest, true));
  return words;
}

/** A year 1100–1999 the way it is said: neunzehnhundertneunundneunzig. */
export function germanYear(n: number): string[] {
  const rest = n % 100;
  return [`${belowHundred(Math.floor(n / 100), false)}hundert${rest === 0 ? '' : belowHundred(rest, true)}`];
}

const IRREGULAR_ORDINALS: Readonly<Record<number, string>> = { 1: 'erste', 3: 'dritte', 7: 'siebte', 8: 'achte' };

/** An ordinal ("3." → dritte): -te below twenty, -ste from twenty on. */
export function germanOrdinal(n: number): string[] {
  const lastTwo = n % 100;
  if (lastTwo > 0 && lastTwo < 20) {
    const head = n - lastTwo;
    const small = IRREGULAR_ORDINALS[lastTwo] ?? `${belowHundred(lastTwo, true)}te`;
    return head === 0 ? [small] : [...germanCardinal(head), small];
  }
  const words = germanCardinal(n);
  words[words.length - 1] = `${words[words.length - 1] ?? ''}ste`;
  return words;
}
