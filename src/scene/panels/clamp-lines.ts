/**
 * Text clamped to whole lines, as a word-wrapping layout would break it: when it needs more than
 * `lines` lines of `width`, the longest prefix ending at a word boundary that fits with „…“ added.
 * A fixed character budget cannot do this — "WWW" is three times as wide as "iii" — and the card's
 * clip would then show the top of a third line. Pure, so it is tested without a renderer.
 */
export interface LineBox {
  lines: number;
  /** Width available to the text, in the same unit as the advances × fontSize. */
  width: number;
  fontSize: number;
  /** Advance of one character in em. */
  advance: (char: string) => number;
}

const ELLIPSIS = '…';

function widthOf(text: string, box: LineBox): number {
  let sum = 0;
  for (const char of text) sum += box.advance(char);
  return sum * box.fontSize;
}

/** Lines a greedy word wrap needs (a word wider than a line stands alone on its line, overflowing). */
export function lineCount(text: string, box: LineBox): number {
  const words = text.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return 1;
  const space = widthOf(' ', box);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = widthOf(word, box);
    if (used === 0) used = w;
    else if (used + space + w <= box.width) used += space + w;
    else {
      lines += 1;
      used = w;
    }
  }
  return lines;
}

export function clampLines(text: string, box: LineBox): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  // A word wider than the line would overflow it sideways, where the card clips it mid-glyph.
  const fits = (s: string) => lineCount(s, box) <= box.lines && s.split(' ').every((w) => widthOf(w, box) <= box.width);
  if (fits(clean)) return clean;
  const words = clean.split(' ');
  // A cut after a whole sentence keeps its full stop, and the ellipsis stands apart from it
  // („Wäscheberg. …“, not „Wäscheberg.…“, which reads as four dots).
  const ended = (head: string) => {
    const trimmed = head.replace(/[\s,;:–-]+$/u, '');
    return /[.!?]$/u.test(trimmed) ? `${trimmed} ${ELLIPSIS}` : `${trimmed}${ELLIPSIS}`;
  };
  for (let n = words.length - 1; n > 0; n--) {
    const candidate = ended(words.slice(0, n).join(' '));
    if (fits(candidate)) return candidate;
  }
  // Not even the first word fits with the ellipsis (a long German compound, which the layout
  // never breaks): cut inside it so that it fits on the first line.
  const first = words[0] ?? '';
  for (let n = first.length - 1; n > 0; n--) {
    const candidate = `${first.slice(0, n)}${ELLIPSIS}`;
    if (widthOf(candidate, box) <= box.width) return candidate;
  }
  return ELLIPSIS;
}
