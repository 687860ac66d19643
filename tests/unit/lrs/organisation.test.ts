import { describe, expect, it } from 'vitest';
import { markWaiting, needsDelivery } from '../../../src/lrs/needs-delivery';
import {
  basicAuth,
  DEFAULT_ORGANISATION,
  ORGANISATION_KEY,
  readOrganisation,
  writeOrganisation,
} from '../../../src/storage/organisation-settings';

const storage = (value: string | null) => ({ getItem: (key: string) => (key === ORGANISATION_KEY ? value : null) });

describe('organisation settings', () => {
  it('default to the documented "not configured" account system and no LRS', () => {
    expect(readOrganisation(storage(null))).toEqual({
      accountHomePage: 'https://counterpart.invalid/pseudonyms',
      lrs: null,
    });
    expect(DEFAULT_ORGANISATION.lrs).toBeNull();
  });

  it('round-trip through storage', () => {
    let kept = '';
    const settings = {
      accountHomePage: 'https://id.example.org',
      lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'key', password: 'sécret' },
    };
    writeOrganisation(settings, { setItem: (_k, v) => (kept = v) });
    expect(readOrganisation(storage(kept))).toEqual(settings);
  });

  it('ignore what is broken or not an http(s) address', () => {
    expect(readOrganisation(storage('{not json'))).toEqual(DEFAULT_ORGANISATION);
    const odd = readOrganisation(
      storage(
        JSON.stringify({
          accountHomePage: 'javascript:alert(1)',
          lrs: { endpoint: 'ftp://x', username: 'a', password: 'b' },
        }),
      ),
    );
    expect(odd).toEqual(DEFAULT_ORGANISATION);
  });

  it('encode Basic credentials as UTF-8', () => {
    expect(basicAuth('key', 'sécret')).toBe(`Basic ${Buffer.from('key:sécret', 'utf8').toString('base64')}`);
  });
});

describe('whether a start loads the outbox', () => {
  const store = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  };

  it('only with an organisation LRS or statements left waiting', () => {
    const s = store();
    expect(needsDelivery(s)).toBe(false);
    markWaiting(2, s);
    expect(needsDelivery(s)).toBe(true);
    markWaiting(0, s);
    expect(needsDelivery(s)).toBe(false);
    writeOrganisation(
      {
        accountHomePage: 'https://id.example.org',
        lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'k', password: 's' },
      },
      s,
    );
    expect(needsDelivery(s)).toBe(true);
  });
});
