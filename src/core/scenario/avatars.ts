/**
 * The avatars bundled with the app (public/avatars/<id>.vrm, generated from
 * assets/avatars/customers.json by scripts/avatars/). The checker refuses other ids and warns
 * when a scenario's voice does not match the avatar's sex; a unit test keeps this list in step
 * with the generator's table.
 */
export interface BundledAvatar {
  id: string;
  sex: 'female' | 'male';
  description: { de: string; en: string };
}

export const BUNDLED_AVATARS: readonly BundledAvatar[] = [
  {
    id: 'angry',
    sex: 'male',
    description: {
      de: 'kräftiger Handwerker, Mitte 50, Arbeitsjacke, graues Haar',
      en: 'heavy-set tradesman, mid fifties, work jacket, grey hair',
    },
  },
  {
    id: 'indecisive',
    sex: 'female',
    description: {
      de: 'junge Frau, um 30, Strickjacke, Pferdeschwanz',
      en: 'young woman, about 30, cardigan, ponytail',
    },
  },
  {
    id: 'demanding',
    sex: 'female',
    description: { de: 'Geschäftsfrau, Mitte 40, Kostüm, Bob', en: 'businesswoman, mid forties, skirt suit, bob' },
  },
  {
    id: 'talkative',
    sex: 'male',
    description: { de: 'älterer Herr, um 75, Strickweste, Brille', en: 'elderly man, about 75, knitted vest, glasses' },
  },
  {
    id: 'suspicious',
    sex: 'male',
    description: {
      de: 'großer, hagerer Mann, Anfang 60, Schiebermütze, Schnurrbart',
      en: 'tall lean man, early sixties, flat cap, moustache',
    },
  },
  {
    id: 'threatening',
    sex: 'male',
    description: {
      de: 'breitschultriger Mann, Mitte 30, Kapuzenpullover',
      en: 'broad-shouldered man, mid thirties, hoodie',
    },
  },
];

export const BUNDLED_AVATAR_IDS: readonly string[] = BUNDLED_AVATARS.map((a) => a.id);

/** A reference ending in .vrm is a file under public/ the company added; anything else must be a bundled id. */
export function isVrmPath(reference: string): boolean {
  return /\.vrm$/i.test(reference);
}
