import { type FormEvent, useState } from 'react';
import { useStore } from 'zustand';
import { DEFAULT_ACCOUNT_HOMEPAGE } from '../core/xapi/vocabulary';
import { useText } from '../i18n/use-text';
import { isHttpAddress, readOrganisation, writeOrganisation } from '../storage/organisation-settings';
import { deliveryStore } from './delivery-store';
import { LRS_TEXT } from './lrs-texts';
import './lrs.css';

/**
 * The organisation's learning-record settings on the data page: the account system the
 * pseudonyms belong to and, optionally, an LRS (endpoint, Basic credentials) that receives every
 * finished session's statements. Saving sends what waited at once.
 */
export function LrsSettings() {
  const [stored] = useState(readOrganisation);
  const [homePage, setHomePage] = useState(
    stored.accountHomePage === DEFAULT_ACCOUNT_HOMEPAGE ? '' : stored.accountHomePage,
  );
  const [endpoint, setEndpoint] = useState(stored.lrs?.endpoint ?? '');
  const [username, setUsername] = useState(stored.lrs?.username ?? '');
  const [password, setPassword] = useState(stored.lrs?.password ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const status = useStore(deliveryStore);
  const t = useText(LRS_TEXT);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const home = homePage.trim();
    const end = endpoint.trim();
    if (home && !isHttpAddress(home)) return setMessage(t('badAddress', { field: t('homePage') }));
    if (end && !isHttpAddress(end)) return setMessage(t('badAddress', { field: t('endpoint') }));
    const ok = writeOrganisation({
      accountHomePage: home || DEFAULT_ACCOUNT_HOMEPAGE,
      lrs: end ? { endpoint: end, username: username.trim(), password } : null,
    });
    setMessage(ok ? t('saved') : null);
    if (ok) void import('./lrs-boot').then((m) => m.startOrganisationDelivery());
  };

  const remove = () => {
    setEndpoint('');
    setUsername('');
    setPassword('');
    writeOrganisation({ accountHomePage: homePage.trim() || DEFAULT_ACCOUNT_HOMEPAGE, lrs: null });
    setMessage(t('saved'));
  };

  return (
    <section className="records-panel lrs-settings" aria-labelledby="lrs-title">
      <h2 id="lrs-title">{t('settingsTitle')}</h2>
      <p className="records-hint">{t('settingsHint')}</p>
      <form onSubmit={save}>
        <label htmlFor="lrs-homepage">{t('homePage')}</label>
        <input
          id="lrs-homepage"
          type="url"
          value={homePage}
          placeholder={DEFAULT_ACCOUNT_HOMEPAGE}
          onChange={(e) => setHomePage(e.target.value)}
        />
        <label htmlFor="lrs-endpoint">{t('endpoint')}</label>
        <input
          id="lrs-endpoint"
          type="url"
          value={endpoint}
          placeholder="https://lrs.example.org/xapi/"
          onChange={(e) => setEndpoint(e.target.value)}
        />
        <label htmlFor="lrs-username">{t('username')}</label>
        <input
          id="lrs-username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="lrs-password">{t('password')}</label>
        <input
          id="lrs-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="records-buttons">
          <button type="submit">{t('save')}</button>
          {stored.lrs && (
            <button type="button" onClick={remove}>
              {t('remove')}
            </button>
          )}
        </div>
      </form>
      <p className="records-hint" role="status">
        {message} {t('status', { pending: status.pending, rejected: status.rejected, delivered: status.delivered })}
      </p>
    </section>
  );
}
