/** English number words, as separate words ("forty two"): the rules read each one. */

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = [
  { value: 1e9, name: 'billion' },
  { value: 1e6, name: 'million' },
  { value: 1e3, name: 'thousand' },
] as const;

function belowHundred(n: number): string[] {
  if (n < 20) return [SMALL[n] ?? ''];
  const units = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return units === 0 ? [tens] : [tens, SMALL[units] ?? ''];
}

function belowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? [] : [SMALL[hundreds] ?? '', 'hundred'];
  return rest === 0 ? head : [...head, ...belowHundred(rest)];
}

/** A non-negative integer below 10¹² as English words ("42" → ["forty", "two"]). */
export function englishCardinal(n: number): string[] {
  if (n === 0) return ['zero'];
  const words: string[] = [];
  let rest = n;
  for (const scale of SCALES) {
    const count = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (count > 0) words.push(...belowThousand(count), scale.name);
  }
  if (rest > 0) words.push(...belowThousand(rest));
  return words;
}

/** A year 1100–1999 the way it is said: nineteen oh five, nineteen ninety. */
export function englishYear(n: number): string[] {
  const rest = n % 100;
  const century = belowHundred(Math.floor(n / 100));
  if (rest === 0) return [...century, 'hundred'];
  return rest < 10 ? [...century, 'oh', SMALL[rest] ?? ''] : [...century, ...belowHundred(rest)];
}

const IRREGULAR_ORDINALS: Readonly<Record<string, string>> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

/** An ordinal ("21st" → twenty first): only the last word changes. */
export function englishOrdinal(n: number): string[] {
  const words = englishCardinal(n);
  const last = words[words.length - 1] ?? '';
  const ordinal = IRREGULAR_ORDINALS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  words[words.length - 1] = ordinal;
  return words;
}
