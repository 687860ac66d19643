import { useState } from 'react';
import { useText } from '../i18n/use-text';
import { write } from '../recording/records-store';
import { RECORDS_TEXT } from '../recording/records-texts';
import {
  applyRetention,
  RETENTION_CHOICES,
  type RetentionDays,
  readRetention,
  writeRetention,
} from '../recording/retention';

/** Takes no props: texts follow the current language. */
export type RetentionSettingProps = Record<string, never>;

/** How long sessions stay; a change is saved and applied at once (start-up applies it again). */
export function RetentionSetting() {
  const recordsText = useText(RECORDS_TEXT);
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
      <h2 id="retention-title">{recordsText('retention')}</h2>
      <label className="records-field">
        {recordsText('retentionLabel')}
        <select value={days === null ? 'forever' : String(days)} onChange={(e) => void change(e.target.value)}>
          <option value="forever">{recordsText('retentionForever')}</option>
          {[...new Set<number>([...RETENTION_CHOICES, ...(days === null ? [] : [days])])]
            .sort((a, b) => a - b)
            .map((d) => (
              <option key={d} value={d}>
                {d} {recordsText('days')}
              </option>
            ))}
        </select>
      </label>
      <p className="records-hint">
        {recordsText('retentionHint')} {deleted ? recordsText('deleted', { n: deleted }) : ''}
      </p>
    </section>
  );
}
