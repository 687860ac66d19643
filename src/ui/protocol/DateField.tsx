import { type Ref, useState } from 'react';
import type { Locale } from '../../core/scenario/vocabulary';
import { intlLocale } from '../../i18n/format';
import { DATE_PATTERN, parseTypedDate, typedDateOf } from '../../i18n/local-date';

export interface DateFieldProps {
  /** YYYY-MM-DD, '' for none, or text that is not a date yet (the form reports it). */
  value: string;
  /** Gets YYYY-MM-DD for a date, '' when emptied, the typed text otherwise. */
  onChange(value: string): void;
  locale: Locale;
  name: string;
  id?: string;
  ref?: Ref<HTMLInputElement>;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A date typed as the app's language writes it ("11.12.2026", "11/12/2026" or ISO), instead of
 * the browser's date picker, whose format and "mm/dd/yyyy" follow the browser's language, not
 * the app's. The date it understood is spelled out beside it, so a slip shows at once.
 */
export function DateField({ value, onChange, locale, name, id, ref, invalid, describedBy }: DateFieldProps) {
  const [typed, setTyped] = useState(() => typedDateOf(value, locale));
  const understood = parseTypedDate(typed);
  return (
    <>
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        name={name}
        value={typed}
        placeholder={DATE_PATTERN[locale]}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => {
          const text = e.target.value;
          setTyped(text);
          onChange(text.trim() === '' ? '' : (parseTypedDate(text) ?? text));
        }}
      />
      {understood && (
        <small className="date-understood" data-date={understood}>
          {new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(
            new Date(`${understood}T00:00:00Z`),
          )}
        </small>
      )}
    </>
  );
}
