/**
 * The characters the in-scene font carries: printable ASCII, the Latin-1 supplement (umlauts, ß,
 * §, °, ², ½, ×, ÷, «», accented names such as Müller or José) and the punctuation German and
 * English texts set: low-9 and curly quotes, dashes, ellipsis, bullet, euro, minus, primes.
 */
const TYPOGRAPHIC = '„“‚‘”’‹›–—…•·€−′″™\u2009';

/**
 * Characters Open Sans lacks, drawn with a glyph it has. Authors paste these from word processors
 * (non-breaking hyphen, narrow no-break space in "10 %"); a box in the customer's line would be worse.
 */
export const GLYPH_ALIASES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u202f': '\u2009',
};

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

/** The generator's character list, in a fixed order so the atlas comes out the same every run. */
export function fontCharset(): string[] {
  return [...new Set([...range(0x20, 0x7e), ...range(0xa0, 0xff), ...TYPOGRAPHIC])];
}
