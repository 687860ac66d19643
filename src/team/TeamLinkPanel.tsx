import { type FormEvent, useState } from 'react';
import { useText } from '../i18n/use-text';
import { pairDevice } from './device-api';
import { forgetPairing, rememberPairing, syncNow } from './sync-runner';
import { useTeam } from './team-store';
import { TEAM_TEXT } from './team-texts';
import './team.css';

/**
 * The device's link to a team server, on the data page: pair once with the server's address and
 * a code from the trainer; then the state of the uploads, "upload now" and unpair.
 */
export function TeamLinkPanel() {
  const text = useText(TEAM_TEXT);
  const { loaded, pairing, connection, uploads } = useTeam((s) => s);
  const [server, setServer] = useState(() => (typeof window === 'undefined' ? '' : window.location.origin));
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!loaded) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const outcome = await pairDevice(server.trim(), code.trim(), label.trim() || navigator.userAgent.slice(0, 80));
    setBusy(false);
    if (outcome.kind === 'done') {
      setCode('');
      await rememberPairing(outcome.value);
    } else if (outcome.kind === 'refused') setProblem(text('pairFailed', { reason: outcome.message }));
    else setProblem(text('pairOffline'));
  };

  const waiting = Object.values(uploads).filter((u) => u === 'waiting').length;
  return (
    <section
      className="records-panel"
      aria-labelledby="team-link-title"
      data-team-link={pairing ? 'paired' : 'unpaired'}
    >
      <h2 id="team-link-title">{text('linkTitle')}</h2>
      <p className="records-hint">{text('linkIntro')}</p>
      {pairing ? (
        <>
          <p role="status">{text('paired', { team: pairing.team })}</p>
          {connection === 'unpaired' && <p className="records-hint">{text('unpaired')}</p>}
          {connection === 'offline' && <p className="records-hint">{text('offline')}</p>}
          {connection === 'ok' && waiting === 0 && <p className="records-hint">{text('allSent')}</p>}
          <div className="records-actions">
            <button type="button" onClick={() => void syncNow()}>
              {text('uploadNow')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(text('confirmForget'))) void forgetPairing();
              }}
            >
              {text('forget')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="team-pair-form">
          <label>
            {text('server')}
            <input type="url" required value={server} onChange={(e) => setServer(e.target.value)} />
          </label>
          <label>
            {text('code')}
            <input
              required
              minLength={4}
              maxLength={20}
              autoComplete="off"
              autoCapitalize="characters"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </label>
          <label>
            {text('label')}
            <input maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? text('pairing') : text('pair')}
          </button>
          {problem && (
            <p className="records-hint" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
