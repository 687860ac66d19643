// Scenarios are immutable once loaded, so each object is hashed once.
const cache = new WeakMap<object, string>();

/** A short, stable fingerprint of any JSON-like value (FNV-1a over a key-sorted serialisation). */
export function fingerprint(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const known = cache.get(value);
    if (known) return known;
    const computed = hash(stableStringify(value));
    cache.set(value, computed);
    return computed;
  }
  return hash(stableStringify(value));
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

const scenarioCache = new WeakMap<object, string>();

/**
 * What a recorded session depends on: the scenario without its documentation key facts
 * (`protocol`) and the sign above the counter (`counter`). Trainers refine those over time; that
 * must not orphan recordings and checkpoints, which only need the dialogue to be the same.
 */
export function scenarioFingerprint(scenario: object & { protocol?: unknown; counter?: unknown }): string {
  const known = scenarioCache.get(scenario);
  if (known) return known;
  const { protocol: _keyFacts, counter: _sign, ...dialogue } = scenario;
  const computed = hash(stableStringify(dialogue));
  scenarioCache.set(scenario, computed);
  return computed;
}

/**
 * Gives a scenario derived from another (the company profile's values filled in, src/core/profile)
 * the fingerprint of its source: the profile changes words, not the dialogue, so recordings and
 * checkpoints made under one profile still match the scenario file under another.
 */
export function shareScenarioFingerprint(
  derived: object,
  source: object & { protocol?: unknown; counter?: unknown },
): void {
  scenarioCache.set(derived, scenarioFingerprint(source));
}
