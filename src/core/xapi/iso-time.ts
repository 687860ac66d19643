/**
 * ISO 8601 date-times and durations on plain numbers. The core may not construct a Date (time
 * is injected), so the calendar arithmetic is done here: days from the civil date (Howard
 * Hinnant's algorithm) and back.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Milliseconds since 1970-01-01T00:00:00Z of an ISO date-time with `Z` or an offset; NaN when it is not one. */
export function parseIsoDateTime(text: string): number {
  const m = DATE_TIME.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as number[];
  if ((month as number) < 1 || (month as number) > 12 || (day as number) < 1 || (day as number) > 31) return Number.NaN;
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 59) return Number.NaN;
  const fraction = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const zone = m[8] as string;
  const offsetMin =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const days = daysFromCivil(year as number, month as number, day as number);
  return (
    days * DAY_MS +
    (((hour as number) * 60 + (minute as number) - offsetMin) * 60 + (second as number)) * 1000 +
    fraction
  );
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYY-MM-DDTHH:MM:SS.sssZ` for milliseconds since the epoch (UTC, millisecond precision). */
export function formatIsoDateTime(epochMs: number): string {
  const ms = Math.round(epochMs);
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const [y, mo, d] = civilFromDays(days);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(milli, 3)}Z`;
}

/** An ISO date-time moved on by `offsetMs`, in UTC. */
export function addMilliseconds(iso: string, offsetMs: number): string {
  const start = parseIsoDateTime(iso);
  if (Number.isNaN(start)) throw new RangeError(`not an ISO 8601 date-time: "${iso}"`);
  return formatIsoDateTime(start + offsetMs);
}

/**
 * An ISO 8601 duration such as `PT1H2M3.45S`, to hundredths of a second (the precision xAPI
 * asks an LRS to keep). Zero is `PT0S`.
 */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  if (seconds > 0 || out === 'PT')
    out += `${Number.isInteger(seconds) ? seconds : seconds.toFixed(2).replace(/0$/, '')}S`;
  return out;
}

/** Matches the durations isoDuration writes, and the general `PnDTnHnMnS` shape xAPI accepts. */
export const ISO_DURATION =
  /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
