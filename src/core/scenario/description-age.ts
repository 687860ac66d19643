/**
 * Reads the age a customer description states, in German or English, as a range of years:
 * "76", "76 Jahre", "76-year-old", "Mitte fünfzig", "Anfang 60", "um die dreißig",
 * "in his late forties", "early sixties", "about 40", "twenties". Only what a description
 * says plainly; "älter", "young" and the like are too vague to contradict an avatar.
 */
export interface AgeRange {
  min: number;
  max: number;
  /** The words the range was read from, quoted in the warning. */
  phrase: string;
}

const DECADES_DE: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const DECADES_EN: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TEENS_EN: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};

/** Part of a decade a qualifier points at. */
const PART: Record<string, [number, number]> = {
  anfang: [0, 3],
  early: [0, 3],
  mitte: [3, 7],
  mid: [3, 7],
  ende: [7, 9],
  late: [7, 9],
};

function decadeRange(qualifier: string | undefined, decade: number, phrase: string): AgeRange {
  const part = qualifier ? PART[qualifier.toLowerCase()] : undefined;
  if (part) return { min: decade + part[0], max: decade + part[1], phrase };
  return { min: decade - 2, max: decade + 9, phrase };
}

/**
 * A number on its own counts only as a list item ("Frau, 76, klein") or right after the person
 * ("Mann 40"), so shoe sizes and model numbers ("Größe 42", "Model 20 Pro") are not ages.
 */
const BARE = '(?<=(?:^|,\\s*|(?:Mann|Frau|Herr|Dame|man|woman|lady|gentleman)\\s+)\\d\\d)(?=\\s*(?:[,.;)]|$))';

/** Ages read from one description in one language, in the order they appear. */
export function agesInDescription(text: string, lang: 'de' | 'en'): AgeRange[] {
  const found: { index: number; range: AgeRange }[] = [];
  const add = (index: number, range: AgeRange) => found.push({ index, range });
  if (lang === 'de') {
    const words = Object.keys(DECADES_DE).join('|');
    for (const m of text.matchAll(
      new RegExp(`\\b(Anfang|Mitte|Ende|um die|etwa|ca\\.)\\s+(${words}|[2-9]0)(?:ern?)?\\b`, 'gi'),
    )) {
      const decade = DECADES_DE[(m[2] ?? '').toLowerCase()] ?? Number(m[2]);
      const q = (m[1] ?? '').toLowerCase();
      add(m.index, q in PART ? decadeRange(q, decade, m[0]) : { min: decade - 3, max: decade + 3, phrase: m[0] });
    }
    for (const m of text.matchAll(new RegExp(`\\b(1[89]|[2-9]\\d)(?:\\s*Jahre\\b|-jährig|${BARE})`, 'g'))) {
      if (found.some((f) => f.index <= m.index && m.index < f.index + f.range.phrase.length)) continue;
      const age = Number(m[1]);
      add(m.index, { min: age - 1, max: age + 1, phrase: m[0].trim() });
    }
  } else {
    const words = Object.keys(DECADES_EN).join('|');
    const plural = Object.keys(TEENS_EN).join('|');
    for (const m of text.matchAll(new RegExp(`\\b(?:(early|mid|late)[\\s-]+)?(${plural})\\b`, 'gi'))) {
      add(m.index, decadeRange(m[1], TEENS_EN[(m[2] ?? '').toLowerCase()] ?? 0, m[0]));
    }
    for (const m of text.matchAll(new RegExp(`\\b(about|around|roughly|some)\\s+(${words}|[2-9]0)\\b`, 'gi'))) {
      const decade = DECADES_EN[(m[2] ?? '').toLowerCase()] ?? Number(m[2]);
      add(m.index, { min: decade - 3, max: decade + 3, phrase: m[0] });
    }
    for (const m of text.matchAll(new RegExp(`\\b(1[89]|[2-9]\\d)(?:[\\s-]*years?(?:[\\s-]*old)?\\b|${BARE})`, 'gi'))) {
      if (found.some((f) => f.index <= m.index && m.index < f.index + f.range.phrase.length)) continue;
      const age = Number(m[1]);
      add(m.index, { min: age - 1, max: age + 1, phrase: m[0].trim() });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.range);
}

/** How far outside a stated range an avatar may be before it clearly looks a different age. */
export const AGE_TOLERANCE = 10;

/** The first stated age the avatar's age clearly contradicts, if any. */
export function contradictedAge(text: string, lang: 'de' | 'en', avatarAge: number): AgeRange | undefined {
  return agesInDescription(text, lang).find(
    (r) => avatarAge < r.min - AGE_TOLERANCE || avatarAge > r.max + AGE_TOLERANCE,
  );
}
