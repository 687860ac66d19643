import { useEffect, useMemo, useRef, useState } from 'react';
import { missingProfileValues } from '../core/profile/missing';
import type { CompanyProfile } from '../core/profile/schema';
import { profileNames } from '../core/profile/values';
import type { CatalogueEntry } from '../core/scenario/catalogue';
import type { Scenario } from '../core/scenario/schema';
import { intlLocale } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useText } from '../i18n/use-text';
import { downloadText } from '../recording/download';
import { ConfirmButton } from '../records/ConfirmButton';
import type { OwnProfileRow } from '../storage/own-profile';
import type { OwnScenarioRow } from '../storage/own-scenarios';
import { checkProfileSource, readScenarioFile } from './check-file';
import { ProblemList } from './ProblemList';
import { PROFILE_TEXT } from './profile-texts';
import { type JumpRequest, YamlEditor } from './YamlEditor';

/** The profile bundled with the app (scenes/profile/company-profile.yaml), handed down by the app shell. */
export interface BundledProfile {
  profile: CompanyProfile | null;
  source: string;
  file: string;
}

export interface ProfilePanelProps {
  bundledProfile: BundledProfile;
  own: OwnProfileRow | null | undefined;
  put(row: Omit<OwnProfileRow, 'id'>): Promise<void>;
  remove(): Promise<void>;
  /** The bundled scenarios and the stored own ones: each is checked against the profile being edited. */
  bundled: readonly CatalogueEntry[];
  stored: readonly OwnScenarioRow[];
}

const CHECK_AFTER_MS = 250;
const OWN_FILE = 'company-profile.yaml';
let opened = 0;

/**
 * The company profile editor: the active profile's YAML with live checking (problems with line,
 * column and field in the page's language), the values scenarios use that the edited profile leaves
 * unset, and storing it on this device (or going back to the bundled one).
 */
export function ProfilePanel({ bundledProfile, own, put, remove, bundled, stored }: ProfilePanelProps) {
  const t = useText(PROFILE_TEXT);
  const locale = useLocale();
  const start = own
    ? { file: own.file, source: own.source }
    : { file: bundledProfile.file, source: bundledProfile.source };
  const [doc, setDoc] = useState({ ...start, key: `profile#${opened}` });
  const [source, setSource] = useState(start.source);
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const [note, setNote] = useState('');
  const [scenarios, setScenarios] = useState<{ file: string; scenario: Scenario }[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  // The own profile is read after the first render: show it once it is there.
  const ownKey = own === undefined ? 'reading' : (own?.savedAt ?? 'none');
  useEffect(() => {
    if (ownKey === 'reading') return;
    const next = own
      ? { file: own.file, source: own.source }
      : { file: bundledProfile.file, source: bundledProfile.source };
    setDoc({ ...next, key: `profile#${++opened}` });
    setSource(next.source);
  }, [ownKey]);

  useEffect(() => {
    let live = true;
    void Promise.all(bundled.map(async (e) => ('load' in e ? { file: e.file, scenario: await e.load() } : null))).then(
      (loaded) => {
        if (!live) return;
        const mine = stored.map((row) => ({ file: row.file, scenario: row.scenario }));
        setScenarios([...loaded.flatMap((l) => (l ? [l] : [])), ...mine]);
      },
    );
    return () => {
      live = false;
    };
  }, [bundled, stored]);

  const [checked, setChecked] = useState(() => checkProfileSource(start.source, start.file, locale));
  useEffect(() => {
    const timer = setTimeout(() => setChecked(checkProfileSource(source, doc.file, locale)), CHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [source, doc.file, locale]);

  const unset = useMemo(() => {
    if (!checked.ok) return [];
    const names = profileNames(checked.profile, doc.file);
    return scenarios.flatMap(({ file, scenario }) =>
      missingProfileValues(scenario, names).map((m) => ({ ...m, file })),
    );
  }, [checked, scenarios, doc.file]);

  const profile = checked.ok ? checked.profile : null;
  const save = async () => {
    // Check the text as it stands now: the last check may be a keystroke behind (it waits for a pause).
    const fresh = checkProfileSource(source, doc.file, locale);
    setChecked(fresh);
    if (!fresh.ok) return;
    const profile = fresh.profile;
    try {
      await put({
        file: doc.file.replace(/^.*\//, '') || OWN_FILE,
        source,
        profile,
        savedAt: new Date().toISOString(),
      });
      setNote(t('saved'));
    } catch (error) {
      setNote(t('storeFailed', { error: (error as Error).message ?? String(error) }));
    }
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readScenarioFile(file, locale);
    if (!read.ok) {
      setNote(read.message);
      return;
    }
    setNote('');
    setDoc({ file: file.name, source: read.source, key: `profile#${++opened}` });
    setSource(read.source);
  };
  const company = own?.profile.company ?? bundledProfile.profile?.company ?? '';

  return (
    <section className="records-panel authoring-profile" aria-labelledby="authoring-profile-heading">
      <div className="editor-bar">
        <h2 id="authoring-profile-heading">
          {t('heading')}: <span className="editor-file">{doc.file}</span>
        </h2>
      </div>
      <p className="records-hint">{t('intro')}</p>
      <p className="profile-active" data-own={own ? 'true' : 'false'}>
        {own
          ? t('activeOwn', {
              company,
              when: new Date(own.savedAt).toLocaleString(intlLocale(locale), {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
            })
          : t('activeBundled', { company })}
      </p>
      <div className="editor-columns">
        <YamlEditor
          initial={doc.source}
          docKey={doc.key}
          label={t('editorLabel')}
          problems={checked.problems}
          jump={jump}
          completion={false}
          onChange={(next) => {
            setSource(next);
            setNote('');
          }}
        />
        <div className="editor-side">
          <h3>{t('problemsHeading')}</h3>
          {checked.problems.length === 0 ? (
            <p className="editor-valid" data-valid="true">
              {t('noProblems')}
            </p>
          ) : (
            <ProblemList
              problems={checked.problems}
              onJump={(p) => setJump((j) => ({ line: p.line, column: p.column, n: (j?.n ?? 0) + 1 }))}
            />
          )}
          <h3>{t('unsetHeading')}</h3>
          {profile && unset.length === 0 && <p className="records-hint">{t('unsetNone')}</p>}
          {unset.length > 0 && (
            <ul className="import-problems profile-unset">
              {unset.map((m, i) => (
                <li key={`${m.file}:${m.field}:${i}`} className="import-problem" data-severity="error">
                  <strong className="problem-where">{m.file}</strong>
                  <code>{m.field}</code>
                  <span className="problem-message">{t('unsetItem', { placeholder: `{${m.name}}` })}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="records-buttons">
            <button type="button" className="primary" disabled={!profile} onClick={() => void save()}>
              {t('save')}
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              {t('load')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".yaml,.yml"
              hidden
              onChange={(e) => {
                void loadFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
            <button
              type="button"
              onClick={() => downloadText(doc.file.replace(/^.*\//, ''), source, 'application/yaml')}
            >
              {t('export')}
            </button>
            {own && (
              <ConfirmButton
                question={t('resetQuestion')}
                onConfirm={() => void remove().then(() => setNote(t('resetDone')))}
              >
                {t('reset')}
              </ConfirmButton>
            )}
          </div>
          {note && (
            <p className="editor-note" role="status">
              {note}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
