declare module 'virtual:company-profile' {
  import type { CompanyProfile } from '../core/profile/schema';

  /** Where the bundled profile lives in the repository. */
  export const file: string;
  /** The bundled company profile, checked at build time (null when broken in the dev server). */
  export const profile: CompanyProfile | null;
  /** Its YAML text, offered on the trainer's page as the start for an own profile. */
  export const source: string;
}
