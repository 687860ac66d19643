import type { CatalogueEntry } from './catalogue';

/**
 * The start menu's catalogue: the bundled scenarios first, then the trainer's own (stored on the
 * device), each own one marked. An own scenario whose id a bundled one already uses is left out, so
 * `?scenario=ID` always names exactly one scenario (the trainer's page refuses such an id when saving;
 * this covers a scenario bundled later under an id a trainer already used).
 */
export function mergeCatalogues(bundled: readonly CatalogueEntry[], own: readonly CatalogueEntry[]): CatalogueEntry[] {
  const taken = new Set(bundled.flatMap((e) => (e.summary ? [e.summary.id] : [])));
  const mine = own.filter((e) => e.summary && !taken.has(e.summary.id)).map((e) => ({ ...e, own: true as const }));
  return [...bundled, ...mine];
}
