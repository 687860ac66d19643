import type { ScenarioLoader } from '../core/scenario/catalogue';
import type { Locale } from '../core/scenario/vocabulary';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { text } from '../i18n/define-texts';
import { intlLocale } from '../i18n/format';
import { SESSION_TEXT } from '../i18n/session-texts';
import { DIFFICULTY_LABELS, OUTCOME_LABELS } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import type { SessionSummary } from '../storage/session-repository';
import { reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { filterSessions, formatDuration, SORT_KEYS, type SortKey, scenariosIn } from './session-list';

export interface SessionListProps {
  locale: Locale;
  /** Finds an opened session's scenario (the app's bundled ones). */
  loadScenario: ScenarioLoader;
}

const SORT_LABELS = {
  'date-desc': 'sortDateDesc',
  'date-asc': 'sortDateAsc',
  'score-desc': 'sortScoreDesc',
  'score-asc': 'sortScoreAsc',
} as const;

/** The label of an outcome kind; an unknown kind (a newer file) is shown as it is, as text. */
export function outcomeLabel(outcome: string | null, locale: Locale, abandoned = false): string {
  // Ended by the trainee before an ending: said as such, not as a conversation that broke off.
  if (abandoned) return text(SESSION_TEXT, 'abandoned', locale);
  if (outcome === null) return text(REVIEW_TEXTS, 'unfinished', locale);
  return outcome in OUTCOME_LABELS ? text(OUTCOME_LABELS, outcome as keyof typeof OUTCOME_LABELS, locale) : outcome;
}

/** The stored sessions as a table a trainer can filter by pseudonym and scenario and sort by date or score. */
export function SessionList({ locale, loadScenario }: SessionListProps) {
  const reviewText = useText(REVIEW_TEXTS);
  const debriefText = useText(DEBRIEF_TEXTS);
  const sessions = useReview((s) => s.sessions);
  const listFailed = useReview((s) => s.listFailed);
  const filter = useReview((s) => s.filter);
  const { setFilter, openSession } = reviewStore.getState();
  if (sessions === null) return <p>{reviewText('loading')}</p>;
  if (listFailed) return <p role="alert">{reviewText('listFailed')}</p>;
  if (sessions.length === 0) return <p>{reviewText('noSessions')}</p>;
  const shown = filterSessions(sessions, filter);
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="review-sessions" aria-label={reviewText('sessions')}>
      <div className="review-filter">
        <label>
          {reviewText('filterPseudonym')}
          <input type="search" value={filter.pseudonym} onChange={(e) => setFilter({ pseudonym: e.target.value })} />
        </label>
        <label>
          {reviewText('filterScenario')}
          <select value={filter.scenarioId} onChange={(e) => setFilter({ scenarioId: e.target.value })}>
            <option value="">{reviewText('allScenarios')}</option>
            {scenariosIn(sessions).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {reviewText('sortBy')}
          <select value={filter.sort} onChange={(e) => setFilter({ sort: e.target.value as SortKey })}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {reviewText(SORT_LABELS[key])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p>{reviewText('noMatch')}</p>
      ) : (
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{reviewText('pseudonym')}</th>
              <th scope="col">{reviewText('scenario')}</th>
              <th scope="col">{reviewText('date')}</th>
              <th scope="col">{reviewText('duration')}</th>
              <th scope="col">{reviewText('scores')}</th>
              <th scope="col">{reviewText('outcome')}</th>
              <th scope="col">
                <span className="visually-hidden">{reviewText('open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <SessionRow
                key={s.id}
                session={s}
                locale={locale}
                date={date}
                onOpen={() => void openSession(s.id, loadScenario)}
              />
            ))}
          </tbody>
        </table>
      )}
      {/* What the numbers in brackets are: a trainer should not have to guess „(96 · 100 · 100)“. */}
      <p className="review-muted review-scores-legend">{debriefText('scoresLegend')}</p>
    </section>
  );
}

function SessionRow({
  session: s,
  locale,
  date,
  onOpen,
}: {
  session: SessionSummary;
  locale: Locale;
  date: Intl.DateTimeFormat;
  onOpen(): void;
}) {
  const reviewText = useText(REVIEW_TEXTS);
  const debriefText = useText(DEBRIEF_TEXTS);
  const levelText = useText(DIFFICULTY_LABELS);
  const { overall, tone, structure, escalation, protocol } = s.scores;
  const detail = [tone, structure, escalation, ...(protocol === undefined ? [] : [protocol])].join(' · ');
  return (
    <tr data-session={s.id}>
      <td>{s.pseudonym}</td>
      <td>
        {s.scenarioTitle[locale]} <span className="review-muted">· {levelText(s.difficulty ?? 'medium')}</span>
      </td>
      <td>{date.format(new Date(s.startedAt))}</td>
      <td>{formatDuration(s.durationMs)}</td>
      <td>
        <strong>{overall}</strong>{' '}
        <span className="review-muted" title={debriefText('scoresTitle')}>
          ({detail})
        </span>
      </td>
      <td>
        <span data-outcome-label={s.abandoned ? 'abandoned' : (s.outcome ?? 'unfinished')}>
          {outcomeLabel(s.outcome, locale, s.abandoned)}
        </span>
        {s.noteCount > 0 && (
          <span className="review-muted">
            {' '}
            · {reviewText('notesCount')}: {s.noteCount}
          </span>
        )}
      </td>
      <td>
        <button type="button" className="primary" onClick={onOpen}>
          {reviewText('open')}
        </button>
      </td>
    </tr>
  );
}
