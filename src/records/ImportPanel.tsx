import { type ChangeEvent, useState } from 'react';
import { IMPORT_LIMITS } from '../core/exchange/import';
import { IMPORT_TEXT } from '../core/exchange/messages';
import type { ScenarioLoader } from '../core/scenario/catalogue';
import type { Locale } from '../core/scenario/vocabulary';
import { useText } from '../i18n/use-text';
import { RECORDS_TEXT } from '../recording/records-texts';
import { type ImportOutcome, importReplayFiles } from '../recording/replay-import';

export interface ImportPanelProps {
  locale: Locale;
  /** Finds an imported file's scenario (the app's bundled ones). */
  loadScenario: ScenarioLoader;
}

const STATUS_TEXT = { imported: 'imported', exists: 'alreadyStored', refused: 'refused', failed: 'notStored' } as const;

/** A file far beyond the cap is refused before it is read into memory (UTF-8: at most 4 bytes a character). */
async function readFiles(
  files: readonly File[],
): Promise<{ early: ImportOutcome[]; read: { name: string; text: string }[] }> {
  const early: ImportOutcome[] = [];
  const read: { name: string; text: string }[] = [];
  for (const file of files) {
    if (file.size > IMPORT_LIMITS.maxChars * 4) {
      early.push({
        file: file.name,
        status: 'refused',
        problems: [{ file: file.name, field: '', message: IMPORT_TEXT.tooLarge(file.size, IMPORT_LIMITS.maxChars) }],
      });
    } else read.push({ name: file.name, text: await file.text() });
  }
  return { early, read };
}

/**
 * Imports replay files from another device. Each file's outcome is listed; a refused file shows
 * every problem with file, line, column and field. All of it is rendered as text — a note with
 * HTML in it shows its angle brackets.
 */
export function ImportPanel({ locale, loadScenario }: ImportPanelProps) {
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const text = useText(RECORDS_TEXT);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    setBusy(true);
    try {
      const { early, read } = await readFiles(files);
      setOutcomes([...early, ...(await importReplayFiles(read, loadScenario))]);
    } finally {
      setBusy(false);
      // The same file can be picked again after a fix.
      input.value = '';
    }
  };
  return (
    <section className="records-panel" aria-labelledby="import-title">
      <h2 id="import-title">{text('importTitle')}</h2>
      <p className="records-hint">{text('importHint')}</p>
      <label className="records-file">
        <span>{text('importFiles')}</span>
        <input type="file" accept=".json,application/json" multiple disabled={busy} onChange={(e) => void choose(e)} />
      </label>
      {outcomes.length > 0 && (
        <ul className="import-outcomes" aria-live="polite">
          {outcomes.map((o, i) => (
            <li key={i} data-status={o.status}>
              <span className="import-file">{o.file}</span>{' '}
              <span className="import-status">{text(STATUS_TEXT[o.status])}</span>
              {o.status === 'refused' && (
                <ul className="import-problems">
                  {o.problems.map((p, k) => (
                    <li key={k} className="import-problem">
                      <code>
                        {p.file}
                        {p.line !== undefined ? `:${p.line}` : ''}
                        {p.column !== undefined ? `:${p.column}` : ''}
                      </code>
                      {p.field && <code className="import-field">{p.field}</code>}
                      <span>{p.message[locale]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
