import { SESSION_TEXT } from '../i18n/session-texts';
import { attemptScores } from '../recording/attempt-scores';
import { devicePseudonyms } from '../recording/pseudonym';
import { attemptsText, formatDuration, formatWhen, RECORDS_TEXT } from '../recording/records-texts';
import { sessionStore, useSession } from '../state/session';
import type { SessionSummary } from '../storage/session-repository';
import { PageHeader } from './PageHeader';
import { ScoreHistoryChart } from './ScoreHistoryChart';
import { outcomeLabel } from './SessionTable';
import { useSessionList } from './useSessionList';
import { useTrainerNotes } from './useTrainerNotes';
import './records.css';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { DIFFICULTY_LABELS } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';

/** One pseudonym's sessions by scenario, each scenario's attempts oldest first; scenarios by latest attempt. */
function byScenario(sessions: readonly SessionSummary[]): SessionSummary[][] {
  const groups = new Map<string, SessionSummary[]>();
  for (const s of sessions) groups.set(s.scenarioId, [...(groups.get(s.scenarioId) ?? []), s]);
  const oldestFirst = (a: SessionSummary, b: SessionSummary) => Date.parse(a.startedAt) - Date.parse(b.startedAt);
  const latest = (g: SessionSummary[]) => Date.parse(g.at(-1)?.startedAt ?? '');
  return [...groups.values()].map((g) => g.sort(oldestFirst)).sort((a, b) => latest(b) - latest(a));
}

/**
 * The trainee's own history (`#/history`): for the pseudonym of the settings, every scenario
 * practised with its attempts' overall scores over time, and what trainers noted in the review.
 */
export function HistoryPage() {
  const locale = useSession((s) => s.settings.locale);
  const pseudonym = useSession((s) => s.settings.pseudonym).trim();
  const all = useSessionList();
  const mine = (all ?? []).filter((s) => s.pseudonym === pseudonym);
  const notes = useTrainerNotes(mine);
  const text = useText(RECORDS_TEXT);
  const debriefText = useText(DEBRIEF_TEXTS);
  const levelText = useText(DIFFICULTY_LABELS);
  const sessionText = useText(SESSION_TEXT);
  // Offered rather than asked for: the trainee need not remember what they typed last week.
  const known = devicePseudonyms(all ?? []);
  const choose = (name: string) => sessionStore.getState().setSettings({ pseudonym: name });
  return (
    <main className="records-page" aria-label={text('history')}>
      <PageHeader title={text('history')} intro={text('historyIntro')} />
      <label className="records-field inline">
        {text('pseudonym')}
        <input type="text" maxLength={40} value={pseudonym} onChange={(e) => choose(e.target.value)} />
      </label>
      {known.length > 0 && (
        <fieldset className="history-pseudonyms" aria-label={sessionText('devicePseudonyms')}>
          <legend>{sessionText('devicePseudonyms')}</legend>
          {known.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={name === pseudonym}
              data-pseudonym={name}
              onClick={() => choose(name)}
            >
              {name}
            </button>
          ))}
        </fieldset>
      )}
      {!pseudonym && <p className="records-empty">{text('historyNoPseudonym')}</p>}
      {pseudonym && all && mine.length === 0 && <p className="records-empty">{text('historyNone')}</p>}
      {byScenario(mine).map((attempts) => {
        const first = attempts[0] as SessionSummary;
        const scores = attempts.map((a) => a.scores.overall);
        const { best, latest } = attemptScores(attempts);
        const title = first.scenarioTitle[locale];
        return (
          <section
            key={first.scenarioId}
            className="records-panel wide history-scenario"
            aria-label={title}
            data-scenario={first.scenarioId}
          >
            <h2>{title}</h2>
            <p className="records-hint">
              {attemptsText(attempts.length, locale)} ·{' '}
              <span data-best-score>
                {text('best')} {best ?? '—'}
              </span>{' '}
              · {text('latest')} {latest ?? '—'}
            </p>
            <ScoreHistoryChart attempts={attempts} locale={locale} label={`${title}: ${scores.join(', ')}`} />
            <ol className="history-attempts">
              {attempts.map((a) => (
                <li key={a.id} data-session-id={a.id}>
                  <span className="history-when">{formatWhen(a.startedAt, locale)}</span>
                  <span className="history-score">{a.scores.overall}</span>
                  <span>
                    <span data-outcome-label={a.abandoned ? 'abandoned' : (a.outcome ?? 'unfinished')}>
                      {outcomeLabel(a.outcome, locale, a.abandoned)}
                    </span>
                    <span className="history-level"> · {levelText(a.difficulty ?? 'medium')}</span>
                    {a.typeRecognised !== undefined && (
                      <span className="history-type" data-recognised={a.typeRecognised}>
                        {' '}
                        · {debriefText(a.typeRecognised ? 'typeRightShort' : 'typeWrongShort')}
                      </span>
                    )}
                  </span>
                  <span className="history-duration">{formatDuration(a.durationMs)}</span>
                  {(notes.get(a.id) ?? []).length > 0 && (
                    <ul className="history-notes" aria-label={text('notes')}>
                      {(notes.get(a.id) ?? []).map((n) => (
                        <li key={`${n.atMs}-${n.createdAt}`}>
                          <span className="history-note-at">
                            {text('at')} {formatDuration(n.atMs)}
                          </span>{' '}
                          {n.text} <span className="history-note-author">— {n.author}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </main>
  );
}
