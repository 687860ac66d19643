import { file as bundledFile, profile as bundledProfile, source as bundledSource } from 'virtual:company-profile';
import type { CompanyProfile } from '../core/profile/schema';

/**
 * The company profile the app plays scenarios with: the organisation's own, saved on the trainer's
 * scenario page (IndexedDB, src/storage/own-profile.ts), else the bundled one
 * (scenes/profile/company-profile.yaml, checked at build time).
 */
let own: { profile: CompanyProfile; source: string; file: string } | null = null;

/** The bundled profile, for the trainer's page (its source is the start for an own profile). */
export const BUNDLED_PROFILE = { profile: bundledProfile, source: bundledSource, file: bundledFile };

export function activeProfile(): CompanyProfile | null {
  return own?.profile ?? bundledProfile;
}

/** Reads the own profile again (at boot and whenever the menu shows, like the own scenarios). */
export async function refreshOwnProfile(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    const row = await (await import('../storage/own-profile')).indexedOwnProfile().get();
    own = row ? { profile: row.profile, source: row.source, file: row.file } : null;
  } catch (error) {
    console.warn('Counterpart: the own company profile could not be read', error);
    own = null;
  }
}

let first: Promise<void> | null = null;

/** Resolves once the own profile has been read at least once (a deep link at boot waits for it). */
export function ownProfileRead(): Promise<void> {
  first ??= refreshOwnProfile();
  return first;
}
