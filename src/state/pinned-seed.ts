/**
 * The seed a browser test pins with `?probe&seed=…`, or null. The seed orders each decision's
 * answers and varies the starting mood, so a test that picks „answer 2, then answer 1“ walks a
 * different path through the scenario in every run unless it pins one. Only honoured together
 * with `probe` (the test hook), so a trainee's link always gets fresh entropy.
 */
export function pinnedSeed(search: string): string | null {
  const params = new URLSearchParams(search);
  if (!params.has('probe')) return null;
  const seed = params.get('seed')?.trim() ?? '';
  return /^[\w-]{1,64}$/.test(seed) ? seed : null;
}
