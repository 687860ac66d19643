/**
 * The avatars bundled with the app (public/avatars/<id>.vrm, generated from
 * assets/avatars/customers.json by scripts/avatars/). The checker refuses other ids and warns
 * when a scenario's voice does not match the avatar's sex; a unit test keeps this list in step
 * with the generator's table.
 */
export interface BundledAvatar {
  id: string;
  sex: 'female' | 'male';
  /** Apparent age, as in the generator's table; the checker compares it with the scenario's description. */
  age: number;
  description: { de: string; en: string };
}

export const BUNDLED_AVATARS: readonly BundledAvatar[] = [
  {
    id: 'angry',
    age: 55,
    sex: 'male',
    description: {
      de: 'kräftiger Handwerker, Mitte 50, Arbeitsjacke, graues Haar',
      en: 'heavy-set tradesman, mid fifties, work jacket, grey hair',
    },
  },
  {
    id: 'indecisive',
    age: 30,
    sex: 'female',
    description: {
      de: 'junge Frau, um 30, Strickjacke, Pferdeschwanz',
      en: 'young woman, about 30, cardigan, ponytail',
    },
  },
  {
    id: 'demanding',
    age: 45,
    sex: 'female',
    description: { de: 'Geschäftsfrau, Mitte 40, Kostüm, Bob', en: 'businesswoman, mid forties, skirt suit, bob' },
  },
  {
    id: 'talkative',
    age: 75,
    sex: 'male',
    description: { de: 'älterer Herr, um 75, Strickweste, Brille', en: 'elderly man, about 75, knitted vest, glasses' },
  },
  {
    id: 'suspicious',
    age: 62,
    sex: 'male',
    description: {
      de: 'großer, hagerer Mann, Anfang 60, Schiebermütze, Schnurrbart',
      en: 'tall lean man, early sixties, flat cap, moustache',
    },
  },
  {
    id: 'threatening',
    age: 35,
    sex: 'male',
    description: {
      de: 'breitschultriger Mann, Mitte 30, Kapuzenpullover',
      en: 'broad-shouldered man, mid thirties, hoodie',
    },
  },
  {
    id: 'regular',
    age: 48,
    sex: 'male',
    description: {
      de: 'kräftiger Mann, Ende 40, Steppweste über Poloshirt, eckige Brille, Geheimratsecken',
      en: 'heavy-ish man, late forties, quilted gilet over a polo shirt, rectangular glasses, receding hairline',
    },
  },
  {
    id: 'furious',
    age: 52,
    sex: 'female',
    description: {
      de: 'kräftige Frau, Anfang 50, Regenjacke, schulterlange rote Locken, Sommersprossen',
      en: 'sturdy woman, early fifties, rain jacket, shoulder-length curly red hair, freckles',
    },
  },
  {
    id: 'returning',
    age: 40,
    sex: 'male',
    description: {
      de: 'schlanker Mann, um 40, offener beiger Regenmantel, Hemd und Krawatte, Seitenscheitel',
      en: 'slim man, about 40, open beige raincoat, shirt and tie, side parting',
    },
  },
  {
    id: 'student',
    age: 21,
    sex: 'male',
    description: {
      de: 'großer, schlanker junger Mann, 21, Bomberjacke, kurze schwarze Locken',
      en: 'tall slim young man, 21, bomber jacket, short black curls',
    },
  },
  {
    id: 'elderly-woman',
    age: 76,
    sex: 'female',
    description: {
      de: 'kleine, leicht gebeugte ältere Dame, 76, heller Mantel über Strickjacke, weiße Locken, Brille',
      en: 'small, slightly stooped elderly woman, 76, light coat over a cardigan, white curls, glasses',
    },
  },
  {
    id: 'commuter',
    age: 27,
    sex: 'female',
    description: {
      de: 'Frau, Ende 20, Jeansjacke über gelbem Oberteil, zurückgebundene Box Braids',
      en: 'woman, late twenties, denim jacket over a yellow top, box braids tied back',
    },
  },
];

export const BUNDLED_AVATAR_IDS: readonly string[] = BUNDLED_AVATARS.map((a) => a.id);

/** A reference ending in .vrm is a file under public/ the company added; anything else must be a bundled id. */
export function isVrmPath(reference: string): boolean {
  return /\.vrm$/i.test(reference);
}
