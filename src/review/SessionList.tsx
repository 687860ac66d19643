import type { ScenarioLoader } from '../core/scenario/catalogue';
import type { Locale } from '../core/scenario/vocabulary';
import { OUTCOME_LABELS } from '../i18n/ui-texts';
import type { SessionSummary } from '../storage/session-repository';
import { reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { filterSessions, formatDuration, SORT_KEYS, type SortKey, scenariosIn } from './session-list';
import { intlLocale } from '../i18n/format';
import { text } from '../i18n/define-texts';

export interface SessionListProps {
  locale: Locale;
  /** Finds an opened session's scenario (the app's bundled ones). */
  loadScenario: ScenarioLoader;
}

const SORT_LABELS = { 'date-desc': 'sortDateDesc', 'date-asc': 'sortDateAsc', 'score-desc': 'sortScoreDesc', 'score-asc': 'sortScoreAsc' } as const;

/** The label of an outcome kind; an unknown kind (a newer file) is shown as it is, as text. */
export function outcomeLabel(outcome: string | null, locale: Locale): string {
  if (outcome === null) return text(REVIEW_TEXTS, 'unfinished', locale);
  return outcome in OUTCOME_LABELS ? text(OUTCOME_LABELS, outcome as keyof typeof OUTCOME_LABELS, locale) : outcome;
}

/** The stored sessions as a table a trainer can filter by pseudonym and scenario and sort by date or score. */
export function SessionList({ locale, loadScenario }: SessionListProps) {
  const sessions = useReview((s) => s.sessions);
  const listFailed = useReview((s) => s.listFailed);
  const filter = useReview((s) => s.filter);
  const { setFilter, openSession } = reviewStore.getState();
  if (sessions === null) return <p>{text(REVIEW_TEXTS, 'loading', locale)}</p>;
  if (listFailed) return <p role="alert">{text(REVIEW_TEXTS, 'listFailed', locale)}</p>;
  if (sessions.length === 0) return <p>{text(REVIEW_TEXTS, 'noSessions', locale)}</p>;
  const shown = filterSessions(sessions, filter);
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="review-sessions" aria-label={text(REVIEW_TEXTS, 'sessions', locale)}>
      <div className="review-filter">
        <label>
          {text(REVIEW_TEXTS, 'filterPseudonym', locale)}
          <input type="search" value={filter.pseudonym} onChange={(e) => setFilter({ pseudonym: e.target.value })} />
        </label>
        <label>
          {text(REVIEW_TEXTS, 'filterScenario', locale)}
          <select value={filter.scenarioId} onChange={(e) => setFilter({ scenarioId: e.target.value })}>
            <option value="">{text(REVIEW_TEXTS, 'allScenarios', locale)}</option>
            {scenariosIn(sessions).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text(REVIEW_TEXTS, 'sortBy', locale)}
          <select value={filter.sort} onChange={(e) => setFilter({ sort: e.target.value as SortKey })}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {text(REVIEW_TEXTS, SORT_LABELS[key], locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p>{text(REVIEW_TEXTS, 'noMatch', locale)}</p>
      ) : (
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{text(REVIEW_TEXTS, 'pseudonym', locale)}</th>
              <th scope="col">{text(REVIEW_TEXTS, 'scenario', locale)}</th>
              <th scope="col">{text(REVIEW_TEXTS, 'date', locale)}</th>
              <th scope="col">{text(REVIEW_TEXTS, 'duration', locale)}</th>
              <th scope="col">{text(REVIEW_TEXTS, 'scores', locale)}</th>
              <th scope="col">{text(REVIEW_TEXTS, 'outcome', locale)}</th>
              <th scope="col">
                <span className="visually-hidden">{text(REVIEW_TEXTS, 'open', locale)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <SessionRow key={s.id} session={s} locale={locale} date={date} onOpen={() => void openSession(s.id, loadScenario)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SessionRow({ session: s, locale, date, onOpen }: { session: SessionSummary; locale: Locale; date: Intl.DateTimeFormat; onOpen(): void }) {
  const { overall, tone, structure, escalation, protocol } = s.scores;
  const detail = [tone, structure, escalation, ...(protocol === undefined ? [] : [protocol])].join(' · ');
  return (
    <tr data-session={s.id}>
      <td>{s.pseudonym}</td>
      <td>{s.scenarioTitle[locale]}</td>
      <td>{date.format(new Date(s.startedAt))}</td>
      <td>{formatDuration(s.durationMs)}</td>
      <td>
        <strong>{overall}</strong> <span className="review-muted">({detail})</span>
      </td>
      <td>
        {outcomeLabel(s.outcome, locale)}
        {s.noteCount > 0 && (
          <span className="review-muted">
            {' '}
            · {text(REVIEW_TEXTS, 'notesCount', locale)}: {s.noteCount}
          </span>
        )}
      </td>
      <td>
        <button type="button" className="primary" onClick={onOpen}>
          {text(REVIEW_TEXTS, 'open', locale)}
        </button>
      </td>
    </tr>
  );
}
