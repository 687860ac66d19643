/**
 * An answer shortened for its compact card: at most `max` characters, cut at the last word
 * boundary and ended with „…“, so the card keeps two lines and the panel stays below the
 * customer's hands. Pure, so it is tested without a renderer; the full text shows while the card
 * is pointed at, and always in the text view.
 */
export function compactAnswer(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word (German compounds) is cut inside the word rather than left whole.
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:–-]+$/u, '')}…`;
}
