import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { ScenarioLoader } from '../core/scenario/catalogue';
import type { Locale } from '../core/scenario/vocabulary';
import { text as textOf } from '../i18n/define-texts';
import { OUTCOME_LABELS } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { goTo, hrefOf } from '../nav/route';
import { formatDuration, formatWhen, RECORDS_TEXT } from '../recording/records-texts';
import { importReplayFiles } from '../recording/replay-import';
import { useSession } from '../state/session';
import { TeamFigures } from './TeamFigures';
import { TEAM_TEXT } from './team-texts';
import { TeamApiError, type TeamFilter, type TeamSession, trainerApi } from './trainer-api';
import './team.css';

function outcomeLabel(outcome: string | null, locale: Locale): string {
  if (outcome === null) return textOf(TEAM_TEXT, 'unfinished', locale);
  return outcome in OUTCOME_LABELS ? textOf(OUTCOME_LABELS, outcome as keyof typeof OUTCOME_LABELS, locale) : outcome;
}

type Me = { email: string; team: string };
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The trainer's page on the team server (`#/team`): log in, the team's sessions with filters,
 * a replay opened in the review (the recording is imported into this browser first, so the
 * review works as for any stored session), the team's figures, CSV export and pairing codes.
 */
export function TeamPage({ loadScenario }: { loadScenario: ScenarioLoader }) {
  const text = useText(TEAM_TEXT);
  const locale = useSession((s) => s.settings.locale);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    trainerApi.me().then(
      (m) => setMe(m.loggedIn ? { email: m.email ?? '', team: m.team ?? '' } : null),
      (error) => {
        setMe(null);
        if (error instanceof TeamApiError && error.status !== 401 && error.status !== 404)
          setProblem(text('error', { reason: reason(error) }));
        if (error instanceof TeamApiError && error.status === 404) setProblem(text('notServed'));
      },
    );
  }, [text]);
  return (
    <main className="records-page team-page" aria-label={text('teamTitle')}>
      <header className="records-header">
        <a className="records-back" href={hrefOf({ page: 'app' })}>
          ← {textOf(RECORDS_TEXT, 'back', locale)}
        </a>
        <h1>{text('teamTitle')}</h1>
        <p>{text('teamIntro')}</p>
      </header>
      {problem && (
        <p className="records-hint" role="alert">
          {problem}
        </p>
      )}
      {me === null && <LoginForm onLogin={setMe} />}
      {me && <TeamSessions me={me} loadScenario={loadScenario} onLogout={() => setMe(null)} />}
    </main>
  );
}

function LoginForm({ onLogin }: { onLogin: (me: Me) => void }) {
  const text = useText(TEAM_TEXT);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      onLogin(await trainerApi.login(email, password));
    } catch (error) {
      setProblem(text('loginFailed', { reason: reason(error) }));
    }
  };
  return (
    <section className="records-panel" aria-labelledby="team-login-title">
      <h2 id="team-login-title">{text('login')}</h2>
      <form className="team-login-form" onSubmit={(e) => void submit(e)}>
        <label>
          {text('email')}
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {text('password')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit">{text('login')}</button>
        {problem && (
          <p className="records-hint" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}

function TeamSessions({ me, loadScenario, onLogout }: { me: Me; loadScenario: ScenarioLoader; onLogout: () => void }) {
  const text = useText(TEAM_TEXT);
  const locale = useSession((s) => s.settings.locale);
  const [draft, setDraft] = useState<TeamFilter>({});
  const [filter, setFilter] = useState<TeamFilter>({});
  const [list, setList] = useState<{ total: number; sessions: TeamSession[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const load = useCallback(() => {
    trainerApi.sessions(filter).then(setList, (error) => setProblem(text('error', { reason: reason(error) })));
  }, [filter, text]);
  useEffect(load, [load]);

  const open = async (id: string) => {
    setProblem(null);
    try {
      const [outcome] = await importReplayFiles(
        [{ name: `${id}.json`, text: await trainerApi.recordingText(id) }],
        loadScenario,
      );
      if (outcome?.status === 'imported' || outcome?.status === 'exists') goTo({ page: 'review', session: id });
      else
        setProblem(
          text('openFailed', {
            reason: outcome?.status === 'refused' ? (outcome.problems[0]?.message[locale] ?? '') : '',
          }),
        );
    } catch (error) {
      setProblem(text('openFailed', { reason: reason(error) }));
    }
  };
  const field = (key: keyof TeamFilter, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );
  return (
    <>
      <section className="records-panel wide" aria-labelledby="team-sessions-title">
        <p role="status">
          {text('loggedIn', { email: me.email, team: me.team })}{' '}
          <button type="button" onClick={() => void trainerApi.logout().finally(onLogout)}>
            {text('logout')}
          </button>{' '}
          <button
            type="button"
            onClick={() => void trainerApi.pairingCode().then(setCode, (e) => setProblem(reason(e)))}
          >
            {text('newCode')}
          </button>
        </p>
        {code && (
          <p data-pairing-code={code.code}>
            {text('codeShown', { code: code.code, until: formatWhen(code.expiresAt, locale) })}
          </p>
        )}
        <h2 id="team-sessions-title">{list ? text('sessionsOf', { n: list.total }) : text('teamTitle')}</h2>
        <form
          className="team-filter"
          onSubmit={(e) => {
            e.preventDefault();
            setFilter({ ...draft });
          }}
        >
          {field('pseudonym', text('filterPseudonym'))}
          {field('scenario', text('filterScenario'))}
          {field('from', text('filterFrom'), 'date')}
          {field('to', text('filterTo'), 'date')}
          <label>
            {text('filterMode')}
            <select value={draft.mode ?? ''} onChange={(e) => setDraft({ ...draft, mode: e.target.value })}>
              <option value="">{text('any')}</option>
              <option value="xr">XR</option>
              <option value="desktop">Desktop</option>
            </select>
          </label>
          {field('outcome', text('filterOutcome'))}
          <button type="submit">{text('apply')}</button>
          <a href={trainerApi.csvHref(filter)} download>
            {text('csv')}
          </a>
        </form>
        {problem && (
          <p className="records-hint" role="alert">
            {problem}
          </p>
        )}
        {list && (
          <div className="records-table-wrap">
            <table className="records-table team-table">
              <thead>
                <tr>
                  <th scope="col">{text('date')}</th>
                  <th scope="col">{text('filterPseudonym')}</th>
                  <th scope="col">{text('scenario')}</th>
                  <th scope="col">{text('mode')}</th>
                  <th scope="col">{text('score')}</th>
                  <th scope="col">{text('outcome')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {list.sessions.map((s) => (
                  <tr key={s.id} data-session-id={s.id}>
                    <td className="nowrap">{formatWhen(s.startedAt, locale)}</td>
                    <td className="nowrap">{s.pseudonym}</td>
                    <td>{s.scenarioTitle?.[locale] ?? s.scenarioId}</td>
                    <td>{s.mode === 'xr' ? 'XR' : 'Desktop'}</td>
                    <td className="number">{s.scores?.overall ?? '–'}</td>
                    <td>
                      {outcomeLabel(s.outcome, locale)}{' '}
                      <span className="records-hint">{formatDuration(s.durationMs)}</span>
                    </td>
                    <td>
                      <button type="button" onClick={() => void open(s.id)}>
                        {text('open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <TeamFigures filter={filter} />
    </>
  );
}
