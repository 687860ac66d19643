import { useState } from 'react';
import type { Locale } from '../core/scenario/vocabulary';
import { write } from '../recording/records-store';
import { RECORDS_TEXT } from '../recording/records-texts';
import { applyRetention, RETENTION_CHOICES, type RetentionDays, readRetention, writeRetention } from '../recording/retention';
import { text } from '../i18n/define-texts';

export interface RetentionSettingProps {
  locale: Locale;
}

/** How long sessions stay; a change is saved and applied at once (start-up applies it again). */
export function RetentionSetting({ locale }: RetentionSettingProps) {
  const [days, setDays] = useState<RetentionDays>(() => readRetention());
  const [deleted, setDeleted] = useState<number | null>(null);
  const change = async (value: string) => {
    const next = value === 'forever' ? null : Number(value);
    setDays(next);
    writeRetention(next);
    const count = await write('retention', (repository) => applyRetention(repository, next, Date.now()));
    setDeleted(count);
  };
  return (
    <section className="records-panel" aria-labelledby="retention-title">
      <h2 id="retention-title">{text(RECORDS_TEXT, 'retention', locale)}</h2>
      <label className="records-field">
        {text(RECORDS_TEXT, 'retentionLabel', locale)}
        <select value={days === null ? 'forever' : String(days)} onChange={(e) => void change(e.target.value)}>
          <option value="forever">{text(RECORDS_TEXT, 'retentionForever', locale)}</option>
          {[...new Set<number>([...RETENTION_CHOICES, ...(days === null ? [] : [days])])]
            .sort((a, b) => a - b)
            .map((d) => (
              <option key={d} value={d}>
                {d} {text(RECORDS_TEXT, 'days', locale)}
              </option>
            ))}
        </select>
      </label>
      <p className="records-hint">
        {text(RECORDS_TEXT, 'retentionHint', locale)} {deleted ? text(RECORDS_TEXT, 'deleted', locale, { n: deleted }) : ''}
      </p>
    </section>
  );
}
