/**
 * The calendar date (YYYY-MM-DD) of a moment in the trainee's own time zone. A date input gives
 * local dates, and an ISO string's first ten characters are the UTC date, which is the day
 * before for a session just after midnight in Germany.
 */
export function localIsoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** How a date is typed in each language (the placeholder of a date field). */
export const DATE_PATTERN = { de: 'TT.MM.JJJJ', en: 'DD/MM/YYYY' } as const;

/**
 * A typed calendar date as YYYY-MM-DD, or null when it is not one. Takes the German
 * "11.12.2026", the British "11/12/2026" and ISO "2026-12-11" whatever the language (day first:
 * the app's two languages write it so), with one- or two-digit day and month. A day that does not
 * exist (31.02.) is not a date.
 */
export function parseTypedDate(typed: string): string | null {
  const text = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [0, 0, 0];
  if (year === 0) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A YYYY-MM-DD date as typed in the language ("11.12.2026" / "11/12/2026"); other text as it is. */
export function typedDateOf(isoDate: string, locale: 'de' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return locale === 'de' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}
