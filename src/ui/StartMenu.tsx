import { type FormEvent, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { OWN_SCENARIO_MENU } from '../authoring/menu-texts';
import { fill } from '../core/dialogue/text';
import type { CatalogueEntry, ScenarioLoader, ScenarioSummary } from '../core/scenario/catalogue';
import { formatProblemIn } from '../core/scenario/problem';
import type { Localized } from '../core/scenario/schema';
import type { Locale } from '../core/scenario/vocabulary';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { CUSTOMER_TYPE_LABELS, UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { hrefOf } from '../nav/route';
import { RecordsLinks } from '../records/RecordsLinks';
import { sceneCodeSettled } from '../state/loading-store';
import { sessionStore, useSession } from '../state/session';
import { expectCustomer } from '../state/upcoming-customer';
import { prepareVoiceMode, setVoiceMode } from '../voice/voice-mode';
import { voiceStore } from '../voice/voice-store';
import { VOICE_TEXT } from '../voice/voice-texts';
import { EnterVrButton } from '../xr/session/EnterVrButton';
import { XR_TEXT } from '../xr/session/xr-texts';
import { AvatarPicker } from './AvatarPicker';
import { DifficultyPicker } from './DifficultyPicker';
import { PseudonymField } from './PseudonymField';
import { createCustomerPrefetch } from './prefetch-customer';

/** A summary text with the scenario's default placeholder values filled in. */
function summaryText(summary: ScenarioSummary, text: Localized, locale: Locale): string {
  const values = Object.fromEntries(
    Object.entries(summary.placeholders).map(([k, v]) => [k, typeof v === 'string' ? v : v[locale]]),
  );
  return fill(text[locale], values);
}

// One prefetcher per scenario loader for the app's life, so a file is fetched ahead once however
// often the menu is shown again.
const prefetchers = new WeakMap<ScenarioLoader, (scenarioId: string) => Promise<string | undefined>>();
function prefetcherFor(load: ScenarioLoader): (scenarioId: string) => Promise<string | undefined> {
  let prefetch = prefetchers.get(load);
  if (!prefetch) {
    prefetch = createCustomerPrefetch({
      load,
      get: (url) => fetch(url),
      saveData: (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true,
    });
    prefetchers.set(load, prefetch);
  }
  return prefetch;
}
/** How long a scenario stays selected before its customer is fetched ahead (clicking through the list fetches nothing). */
const PREFETCH_AFTER_MS = 600;

/** The start menu: scenario list, language, mode and pseudonym. */
export interface StartMenuProps {
  /** The scenarios to offer (the app's bundled ones and the trainer's own, marked `own`). */
  catalogue: readonly CatalogueEntry[];
  /** Loads a scenario of the catalogue by id. */
  loadScenario: ScenarioLoader;
}

export function StartMenu({ catalogue, loadScenario }: StartMenuProps) {
  const voiceText = useText(VOICE_TEXT);
  const customerTypeText = useText(CUSTOMER_TYPE_LABELS);
  const debriefText = useText(DEBRIEF_TEXTS);
  const uiText = useText(UI);
  const xrText = useText(XR_TEXT);
  const ownText = useText(OWN_SCENARIO_MENU);
  const prefetchCustomer = prefetcherFor(loadScenario);
  const settings = useSession((s) => s.settings);
  const { locale } = settings;
  const [selected, setSelected] = useState(catalogue.find((e) => e.summary)?.summary?.id ?? '');
  const [starting, setStarting] = useState(false);
  const ownAvatar = useSession((s) => s.customAvatar !== null);
  useEffect(() => {
    if (!selected || ownAvatar) return;
    let current = true;
    // Once fetched, the scene parses the avatar and compiles its shaders while the menu is read.
    const timer = setTimeout(
      () => void prefetchCustomer(selected).then((url) => current && url && expectCustomer(url)),
      PREFETCH_AFTER_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [selected, ownAvatar, prefetchCustomer]);
  const voice = useStore(voiceStore, (s) => s.enabled);
  const begin = async () => {
    setStarting(true);
    const [scenario] = await Promise.all([loadScenario(selected), sceneCodeSettled()]);
    // Voice mode: microphone and calibration sentence before the customer speaks. The microphone
    // was asked for when voice mode was switched on (before any VR); in VR the sentence shows on a
    // 3D card (src/xr/session/VoiceXrPanel.tsx).
    await prepareVoiceMode({ calibrate: true });
    setStarting(false);
    if (scenario) sessionStore.getState().start(scenario);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void begin();
  };
  const set = sessionStore.getState().setSettings;
  return (
    <main className="menu">
      <header>
        <h1>{uiText('appTitle')}</h1>
        <p className="tagline">{uiText('tagline')}</p>
        <RecordsLinks />
        <a className="own-scenarios-link" href={hrefOf({ page: 'scenarios' })}>
          {ownText('scenariosPage')}
        </a>
      </header>
      <form onSubmit={submit}>
        <fieldset className="scenario-list">
          <legend>{uiText('scenarios')}</legend>
          {catalogue.map(({ file, summary, problems, own }) =>
            summary ? (
              <label
                key={file}
                className="scenario-card"
                data-selected={selected === summary.id}
                data-own={own === true}
                data-scenario={summary.id}
              >
                <input
                  type="radio"
                  name="scenario"
                  value={summary.id}
                  checked={selected === summary.id}
                  onChange={() => setSelected(summary.id)}
                />
                <span className="scenario-title">
                  {summaryText(summary, summary.title, locale)}
                  {own && <span className="own-badge">{ownText('ownScenario')}</span>}
                </span>
                <span className="scenario-meta">
                  {/* In assessment recognising the type is part of the task (said once, under the mode). */}
                  {settings.mode === 'assessment' ? '' : `${customerTypeText(summary.customerType)} · `}
                  {summary.minutes} {uiText('minutes')} · {uiText('upToDecisions', { n: summary.longestPath })}
                </span>
                <span className="scenario-briefing">{summaryText(summary, summary.briefing, locale)}</span>
              </label>
            ) : (
              <div key={file} className="scenario-card broken" role="alert">
                <span className="scenario-title">{file}</span>
                <span>{uiText('broken')}</span>
                <pre>{problems.map((p) => formatProblemIn(p, locale)).join('\n')}</pre>
              </div>
            ),
          )}
        </fieldset>
        <div className="settings">
          <fieldset>
            <legend>{uiText('language')}</legend>
            <label>
              <input type="radio" name="lang" checked={locale === 'de'} onChange={() => set({ locale: 'de' })} />{' '}
              Deutsch
            </label>
            <label>
              <input type="radio" name="lang" checked={locale === 'en'} onChange={() => set({ locale: 'en' })} />{' '}
              English
            </label>
          </fieldset>
          <fieldset>
            <legend>{uiText('mode')}</legend>
            <label title={uiText('practiceHint')}>
              <input
                type="radio"
                name="mode"
                checked={settings.mode === 'practice'}
                onChange={() => set({ mode: 'practice' })}
              />{' '}
              {uiText('practice')}
            </label>
            <label title={uiText('assessmentHint')}>
              <input
                type="radio"
                name="mode"
                checked={settings.mode === 'assessment'}
                onChange={() => set({ mode: 'assessment' })}
              />{' '}
              {uiText('assessment')}
            </label>
            {settings.mode === 'assessment' && <small className="type-hidden-hint">{debriefText('typeHidden')}</small>}
          </fieldset>
          <fieldset>
            <legend>{voiceText('mode')}</legend>
            <label title={voiceText('privacy')}>
              <input type="checkbox" name="voice" checked={voice} onChange={(e) => setVoiceMode(e.target.checked)} />{' '}
              {voiceText('mode')}
            </label>
            <small>{voiceText('modeHint')}</small>
          </fieldset>
          <PseudonymField value={settings.pseudonym} onChange={(pseudonym) => set({ pseudonym })} />
          <DifficultyPicker />
          <AvatarPicker />
          <button type="submit" className="primary" disabled={!selected || starting}>
            {uiText('start')}
          </button>
          {/* Enters the headset first (it needs the click's user gesture), then starts the scenario there. */}
          {selected && !starting && <EnterVrButton title={xrText('enterVrFromMenu')} onEntered={begin} />}
        </div>
      </form>
    </main>
  );
}
