import { pseudonymSchema } from '../core/recording/schema';

/**
 * The pseudonym a session is stored under. What the trainee typed, trimmed, when it is a handle
 * (letters, digits, "." "-" "_", no spaces); otherwise — empty, or something with spaces that may
 * well be a real name like "Anna Berg" — a generated one such as "anonym-4821". Typed text that
 * is not a handle is never stored in any altered form.
 */
export function resolvePseudonym(typed: string, random: () => number): string {
  const trimmed = typed.trim();
  if (pseudonymSchema.safeParse(trimmed).success) return trimmed;
  return generatedPseudonym(random);
}

export function generatedPseudonym(random: () => number): string {
  return `anonym-${1000 + Math.floor(random() * 9000)}`;
}

export function isPseudonym(text: string): boolean {
  return pseudonymSchema.safeParse(text).success;
}

/** A pseudonym of the form `generatedPseudonym` makes (so the menu can say it was generated). */
export function isGeneratedPseudonym(text: string): boolean {
  return /^anonym-\d{4}$/.test(text);
}

/**
 * This device's pseudonyms, from its stored sessions: each once, the most recently used first,
 * so the history can offer them instead of asking the trainee to remember what they typed.
 */
export function devicePseudonyms(sessions: readonly { pseudonym: string; startedAt: string }[]): string[] {
  const latest = new Map<string, number>();
  for (const s of sessions) {
    const at = Date.parse(s.startedAt);
    const time = Number.isNaN(at) ? 0 : at;
    if ((latest.get(s.pseudonym) ?? -1) < time) latest.set(s.pseudonym, time);
  }
  return [...latest.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}
