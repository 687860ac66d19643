/**
 * Where a scenario's avatar reference points: a bundled id (`angry`) is one of the generated
 * default customers in public/avatars/; anything ending in .vrm is a path under public/ (e.g. a
 * VRoid Studio export the company added).
 */
export function avatarUrl(reference: string): string {
  const base = import.meta.env.BASE_URL;
  if (/\.vrm$/i.test(reference)) return `${base}${reference.replace(/^\/+/, '')}`;
  return `${base}avatars/${encodeURIComponent(reference)}.vrm`;
}
