/**
 * The calendar date (YYYY-MM-DD) of a moment in the trainee's own time zone. A date input gives
 * local dates, and an ISO string's first ten characters are the UTC date, which is the day
 * before for a session just after midnight in Germany.
 */
export function localIsoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
