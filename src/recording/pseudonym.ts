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
