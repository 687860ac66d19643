import { describe, expect, it } from 'vitest';
import { parseTypedDate, typedDateOf } from '../../../src/i18n/local-date';

describe('a date typed in the app language', () => {
  it('reads German, British and ISO dates as YYYY-MM-DD', () => {
    expect(parseTypedDate('11.12.2026')).toBe('2026-12-11');
    expect(parseTypedDate('1.2.2027')).toBe('2027-02-01');
    expect(parseTypedDate('11/12/2026')).toBe('2026-12-11');
    expect(parseTypedDate(' 2026-12-11 ')).toBe('2026-12-11');
  });

  it('refuses what is not a calendar day', () => {
    for (const typed of ['', '31.02.2026', '12.13.2026', '11.12.26', 'morgen', '2026-02-30', '00.01.2026']) {
      expect(parseTypedDate(typed), typed).toBeNull();
    }
    expect(parseTypedDate('29.02.2028')).toBe('2028-02-29');
  });

  it('shows a stored date as the language writes it, and reads it back', () => {
    expect(typedDateOf('2026-12-11', 'de')).toBe('11.12.2026');
    expect(typedDateOf('2026-12-11', 'en')).toBe('11/12/2026');
    expect(parseTypedDate(typedDateOf('2026-03-04', 'de'))).toBe('2026-03-04');
    expect(typedDateOf('', 'de')).toBe('');
  });
});
