import { useMemo, useState } from 'react';
import { profileNames } from '../core/profile/values';
import type { CatalogueEntry } from '../core/scenario/catalogue';
import { intlLocale } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useText } from '../i18n/use-text';
import { downloadText } from '../recording/download';
import { ConfirmButton } from '../records/ConfirmButton';
import { PageHeader } from '../records/PageHeader';
import { AUTHORING_TEXT } from './authoring-texts';
import { loadDraft, saveDraft } from './draft';
import { type EditorDoc, EditorPanel } from './EditorPanel';
import { FileLoader } from './FileLoader';
import { useOwnProfile } from './own-profile-store';
import { useOwnScenarios } from './own-scenario-store';
import { type BundledProfile, ProfilePanel } from './ProfilePanel';
import '../records/records.css';
import './authoring.css';

export interface ScenariosPageProps {
  /** The bundled scenarios: their ids are taken, an own scenario needs another. */
  bundled: readonly CatalogueEntry[];
  /** The company profile bundled with the app; an own one saved here replaces it on this device. */
  bundledProfile: BundledProfile;
}

let opened = 0;
const docOf = (file: string, source: string): EditorDoc => ({ file, source, key: `${file}#${++opened}` });

/**
 * The trainer's scenario page (#/scenarios): load and check files, the scenarios stored on this
 * device (start, edit, export, remove) and the editor with live checking, graph and play-test.
 */
export function ScenariosPage({ bundled, bundledProfile }: ScenariosPageProps) {
  const t = useText(AUTHORING_TEXT);
  const locale = useLocale();
  const { rows, put, remove } = useOwnScenarios();
  const ownProfile = useOwnProfile();
  // Scenarios are checked against the profile in use: the own one, else the bundled one.
  const active = ownProfile.row?.profile ?? bundledProfile.profile;
  const activeFile = ownProfile.row?.file ?? bundledProfile.file;
  const names = useMemo(() => (active ? profileNames(active, activeFile) : undefined), [active, activeFile]);
  const [doc, setDoc] = useState<EditorDoc | null>(() => {
    const draft = loadDraft();
    return draft ? docOf(draft.file, draft.source) : null;
  });
  const open = (file: string, source: string) => {
    saveDraft({ file, source });
    setDoc(docOf(file, source));
  };
  const close = () => {
    saveDraft(null);
    setDoc(null);
  };
  const stored = rows ?? [];

  return (
    <main className="records-page authoring-page">
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="records-grid">
        <FileLoader bundled={bundled} stored={stored} put={put} onOpen={open} />
        <section className="records-panel authoring-stored">
          <h2>{t('storedHeading')}</h2>
          {rows !== null && rows.length === 0 && <p className="records-empty">{t('noneStored')}</p>}
          <ul className="stored-scenarios">
            {stored.map((row) => (
              <li key={row.id} data-scenario={row.id}>
                <span className="stored-title">{row.summary.title[locale]}</span>
                <span className="records-hint">
                  {row.id} ·{' '}
                  {t('savedAt', {
                    when: new Date(row.savedAt).toLocaleString(intlLocale(locale), {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }),
                  })}
                </span>
                <span className="records-actions">
                  <a className="button-link" href={`?scenario=${encodeURIComponent(row.id)}&lang=${locale}`}>
                    {t('play')}
                  </a>
                  <button type="button" onClick={() => open(row.file, row.source)}>
                    {t('edit')}
                  </button>
                  <button type="button" onClick={() => downloadText(row.file, row.source, 'application/yaml')}>
                    {t('export')}
                  </button>
                  <ConfirmButton question={t('removeQuestion', { id: row.id })} onConfirm={() => void remove(row.id)}>
                    {t('remove')}
                  </ConfirmButton>
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {doc ? (
        <EditorPanel
          doc={doc}
          bundled={bundled}
          stored={stored}
          put={put}
          onClose={close}
          profile={active ?? undefined}
          profileNames={names}
        />
      ) : (
        <section className="records-panel">
          <h2>{t('editorHeading')}</h2>
          <p className="records-empty">{t('editorEmpty')}</p>
        </section>
      )}
      <ProfilePanel
        bundledProfile={bundledProfile}
        own={ownProfile.row}
        put={ownProfile.put}
        remove={ownProfile.remove}
        bundled={bundled}
        stored={stored}
      />
    </main>
  );
}
