import { scenarioText } from '../core/dialogue/text';
import { type FormEvent, useState } from 'react';
import { catalogue } from '../app/scenario-catalogue';
import { CUSTOMER_TYPE_LABELS, DIFFICULTY_LABELS, t } from '../app/i18n';
import { formatProblem } from '../core/scenario/problem';
import { countDecisions } from '../core/scenario/stats';
import { sessionStore, useSession } from '../state/session';

/** The start menu: scenario list, language, mode and pseudonym. */
export function StartMenu() {
  const settings = useSession((s) => s.settings);
  const { locale } = settings;
  const playable = catalogue.filter((e) => e.scenario);
  const [selected, setSelected] = useState(playable[0]?.scenario?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entry = catalogue.find((e) => e.scenario?.id === selected);
    if (entry?.scenario) sessionStore.getState().start(entry.scenario);
  };
  const set = sessionStore.getState().setSettings;
  return (
    <main className="menu">
      <header>
        <h1>{t('appTitle', locale)}</h1>
        <p className="tagline">{t('tagline', locale)}</p>
      </header>
      <form onSubmit={submit}>
        <fieldset className="scenario-list">
          <legend>{t('scenarios', locale)}</legend>
          {catalogue.map((entry) =>
            entry.scenario ? (
              <label key={entry.file} className="scenario-card" data-selected={selected === entry.scenario.id}>
                <input
                  type="radio"
                  name="scenario"
                  value={entry.scenario.id}
                  checked={selected === entry.scenario.id}
                  onChange={() => setSelected(entry.scenario?.id ?? '')}
                />
                <span className="scenario-title">{scenarioText(entry.scenario, entry.scenario.title, locale)}</span>
                <span className="scenario-meta">
                  {CUSTOMER_TYPE_LABELS[entry.scenario.customer.type][locale]} · {DIFFICULTY_LABELS[entry.scenario.difficulty][locale]} ·{' '}
                  {entry.scenario.minutes} {t('minutes', locale)} · {locale === 'de' ? 'bis zu' : 'up to'}{' '}
                  {countDecisions(entry.scenario).longestPath} {locale === 'de' ? 'Entscheidungen' : 'decisions'}
                </span>
                <span className="scenario-briefing">{scenarioText(entry.scenario, entry.scenario.briefing, locale)}</span>
              </label>
            ) : (
              <div key={entry.file} className="scenario-card broken" role="alert">
                <span className="scenario-title">{entry.file}</span>
                <span>{t('broken', locale)}</span>
                <pre>{entry.problems.slice(0, 3).map(formatProblem).join('\n')}</pre>
              </div>
            ),
          )}
        </fieldset>
        <div className="settings">
          <fieldset>
            <legend>{t('language', locale)}</legend>
            <label>
              <input type="radio" name="lang" checked={locale === 'de'} onChange={() => set({ locale: 'de' })} /> Deutsch
            </label>
            <label>
              <input type="radio" name="lang" checked={locale === 'en'} onChange={() => set({ locale: 'en' })} /> English
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('mode', locale)}</legend>
            <label title={t('practiceHint', locale)}>
              <input type="radio" name="mode" checked={settings.mode === 'practice'} onChange={() => set({ mode: 'practice' })} />{' '}
              {t('practice', locale)}
            </label>
            <label title={t('assessmentHint', locale)}>
              <input type="radio" name="mode" checked={settings.mode === 'assessment'} onChange={() => set({ mode: 'assessment' })} />{' '}
              {t('assessment', locale)}
            </label>
          </fieldset>
          <label className="pseudonym">
            {t('pseudonym', locale)}
            <input
              type="text"
              maxLength={40}
              value={settings.pseudonym}
              placeholder="z. B. blau-7"
              onChange={(e) => set({ pseudonym: e.target.value })}
            />
            <small>{t('pseudonymHint', locale)}</small>
          </label>
          <button type="submit" className="primary" disabled={!selected}>
            {t('start', locale)}
          </button>
        </div>
      </form>
    </main>
  );
}
