import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveApp } from './server';

export interface Harness {
  /** Debian's Chromium, launched once per test file. */
  readonly browser: Browser;
  /** Where the production build is served (build + preview, once per test file). */
  readonly url: string;
  /** An address in the served app, e.g. `harness.at('/?probe')`. */
  at(path: string): string;
}

/** Launches the browser and serves the built app for the whole test file; closes both afterwards. */
export function useHarness(): Harness {
  let browser: Browser | undefined;
  let app: Awaited<ReturnType<typeof serveApp>> | undefined;
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use the harness inside tests, not at module level`);
    return value;
  };
  return {
    get browser() {
      return need(browser, 'the browser');
    },
    get url() {
      return need(app, 'the app server').url;
    },
    at(path) {
      return new URL(path, need(app, 'the app server').url).href;
    },
  };
}
