import { type DragEvent, useState } from 'react';
import type { CatalogueEntry } from '../core/scenario/catalogue';
import type { Problem } from '../core/scenario/problem';
import type { Scenario } from '../core/scenario/schema';
import { useLocale } from '../i18n/locale';
import { useText } from '../i18n/use-text';
import type { OwnScenarioRow } from '../storage/own-scenarios';
import { AUTHORING_TEXT } from './authoring-texts';
import { checkScenarioSource, readScenarioFile } from './check-file';
import { rowOf, saveCheck } from './own-scenario-store';
import { ProblemList } from './ProblemList';

type Status = 'checking' | 'refused' | 'invalid' | 'saved' | 'ask' | 'notReplaced' | 'failed' | 'bundled';

interface Outcome {
  key: number;
  name: string;
  status: Status;
  problems: Problem[];
  message?: string;
  source?: string;
  scenario?: Scenario;
}

export interface FileLoaderProps {
  bundled: readonly CatalogueEntry[];
  stored: readonly OwnScenarioRow[];
  put(row: OwnScenarioRow): Promise<void>;
  /** Opens a loaded file's text in the editor. */
  onOpen(file: string, source: string): void;
}

let keys = 0;

/**
 * Loads scenario files (picker or drag and drop), checks each one in the browser and stores the
 * valid ones; one with the id of a stored scenario is only stored after the trainer said so. A
 * refused or broken file changes nothing stored.
 */
export function FileLoader({ bundled, stored, put, onOpen }: FileLoaderProps) {
  const t = useText(AUTHORING_TEXT);
  const locale = useLocale();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const update = (key: number, change: Partial<Outcome>) =>
    setOutcomes((all) => all.map((o) => (o.key === key ? { ...o, ...change } : o)));

  const store = async (key: number, scenario: Scenario, source: string) => {
    try {
      await put(rowOf(scenario, source, new Date().toISOString()));
      update(key, { status: 'saved' });
    } catch (error) {
      update(key, {
        status: 'failed',
        message: t('storeFailed', { error: (error as Error).message ?? String(error) }),
      });
    }
  };

  const load = async (files: readonly File[]) => {
    const fresh = files.map((file) => ({ key: ++keys, name: file.name, status: 'checking' as Status, problems: [] }));
    setOutcomes((all) => [...fresh, ...all]);
    // One after another: the "replace?" question of one file must not race the next file's save,
    // and a second file with the id of one stored a moment ago asks too.
    const taken = [...stored];
    for (const [i, file] of files.entries()) {
      const key = (fresh[i] as Outcome).key;
      const read = await readScenarioFile(file, locale);
      if (!read.ok) {
        update(key, { status: 'refused', message: read.message });
        continue;
      }
      const result = checkScenarioSource(read.source, file.name, locale);
      if (!result.ok) {
        update(key, { status: 'invalid', problems: result.problems, source: read.source });
        continue;
      }
      const check = saveCheck(result.scenario.id, bundled, taken);
      const checked = { problems: result.problems, source: read.source, scenario: result.scenario };
      if (check === 'bundled')
        update(key, { ...checked, status: 'bundled', message: t('bundledId', { id: result.scenario.id }) });
      else if (check === 'replaces') update(key, { ...checked, status: 'ask' });
      else {
        update(key, checked);
        await store(key, result.scenario, read.source);
        taken.push(rowOf(result.scenario, read.source, ''));
      }
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load([...event.dataTransfer.files]);
  };

  const statusText = (o: Outcome): string => {
    switch (o.status) {
      case 'checking':
        return t('checking');
      case 'invalid':
        return t('invalid', { n: o.problems.filter((p) => p.severity === 'error').length });
      case 'saved':
        return `${t(o.problems.length > 0 ? 'validWithWarnings' : 'valid')} · ${t('saved')}`;
      case 'ask':
        return t('valid');
      case 'notReplaced':
        return t('notReplaced');
      default:
        return t('refused');
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a pointer shortcut; the labelled file picker inside is the keyboard's way
    <section
      className="records-panel authoring-load"
      data-dragging={dragging}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <h2>{t('loadHeading')}</h2>
      <div className="records-buttons">
        {/* The native file input's label is in the browser's language: this one speaks the app's. */}
        <label className="records-file">
          <input
            type="file"
            accept=".yaml,.yml"
            multiple
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void load(files);
            }}
          />
          <span>{t('chooseFiles')}</span>
        </label>
        <span className="records-hint">{t('dropHint')}</span>
      </div>
      {outcomes.length > 0 && (
        <ul className="import-outcomes" aria-live="polite">
          {outcomes.map((o) => (
            <li key={o.key} data-status={o.status} className="load-outcome">
              <span className="import-file">{o.name}</span> <span className="import-status">{statusText(o)}</span>
              {o.message && <p className="load-message">{o.message}</p>}
              {o.problems.length > 0 && <ProblemList problems={o.problems} />}
              {o.status === 'ask' && o.scenario && (
                <span className="confirm">
                  <span className="confirm-question">{t('replaceQuestion', { id: o.scenario.id })}</span>
                  <button
                    type="button"
                    className="danger strong"
                    onClick={() => void store(o.key, o.scenario as Scenario, o.source as string)}
                  >
                    {t('replaceYes')}
                  </button>
                  <button type="button" onClick={() => update(o.key, { status: 'notReplaced' })}>
                    {t('replaceNo')}
                  </button>
                </span>
              )}
              {o.source !== undefined && (
                <button type="button" className="open-in-editor" onClick={() => onOpen(o.name, o.source as string)}>
                  {t('openInEditor')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
