import type { Browser, Page } from 'playwright-core';
import { BENCH_SCENARIO, firstConversationFrameAt, menuUsableAt, START_BUTTON, until } from './page-waits';
import type { Served } from './served';
import { median } from './timing';

export interface StartupFigures {
  runs: number;
  /** Navigation start → the start menu's „Gespräch beginnen“ visible and enabled (ms). */
  menuUsableMs: number;
  menuUsableAllMs: number[];
  /** Navigation start → the first frame of a running conversation with the customer loaded (`?scenario=…&probe`). */
  conversationFrameMs: number;
  conversationFrameAllMs: number[];
  /**
   * „Gespräch beginnen“ clicked in a menu that has been open for MENU_READING_MS → the first frame
   * with the customer in it (ms): what a trainee waits for after choosing.
   */
  menuToConversationMs?: number;
  menuToConversationAllMs?: number[];
  /** Per run: whether the menu had the customer prepared (parsed, shaders compiled) when the button was clicked. */
  menuPreparedCustomer?: boolean[];
}

/** How long the trainee reads the menu before starting: the scene's code, the avatar file and the shaders load meanwhile. */
export const MENU_READING_MS = 5000;

/**
 * In the page: clicks the start button and resolves with ms until the first frame drawn with the
 * customer loaded, and whether the menu had that customer prepared at the click.
 */
async function menuToConversation(page: Page): Promise<{ ms: number; prepared: boolean }> {
  await menuUsableAt(page);
  await page.locator(`.scenario-card:has(input[value="${BENCH_SCENARIO}"])`).click();
  await until('the menu scene', () => page.evaluate(() => (window.__counterpartScene?.figures().frames ?? 0) > 0));
  await page.waitForTimeout(MENU_READING_MS);
  // A string, not a function: tsx would wrap inner arrow functions in a helper the page lacks.
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === ${JSON.stringify(START_BUTTON)});
    if (!button) return reject(new Error('no start button'));
    const scene = window.__counterpartScene;
    const framesBefore = scene.figures().frames;
    const prepared = scene.preparedCustomer() != null;
    const t0 = performance.now();
    button.click();
    const check = () => {
      const s = window.__counterpartScene;
      if (s && s.avatar() !== null && s.figures().frames > framesBefore) resolve({ ms: performance.now() - t0, prepared });
      else if (performance.now() - t0 > 300000) reject(new Error('no conversation frame in 300 s'));
      else setTimeout(check, 10);
    };
    check();
  })`)) as { ms: number; prepared: boolean };
}

/** Loads `path` in a fresh browser context (empty cache, no storage) and measures with `at`. */
async function fresh<T>(browser: Browser, url: string, at: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return await at(page);
  } finally {
    await context.close();
  }
}

export async function runStartup(browser: Browser, app: Served, runs: number): Promise<StartupFigures> {
  const menu: number[] = [];
  const conversation: number[] = [];
  const fromMenu: number[] = [];
  const prepared: boolean[] = [];
  // Alternating, so a slow stretch of the machine hits both figures alike.
  for (let i = 0; i < runs; i++) {
    menu.push(await fresh(browser, app.at('/'), menuUsableAt));
    conversation.push(await fresh(browser, app.at(`/?scenario=${BENCH_SCENARIO}&probe`), firstConversationFrameAt));
    const started = await fresh(browser, app.at('/?probe'), menuToConversation);
    fromMenu.push(started.ms);
    prepared.push(started.prepared);
    console.log(
      `  run ${i + 1}/${runs}: menu ${menu.at(-1)?.toFixed(0)} ms, conversation ${conversation.at(-1)?.toFixed(0)} ms, menu → conversation ${started.ms.toFixed(0)} ms (customer ${started.prepared ? 'prepared' : 'not yet prepared'} at the click)`,
    );
  }
  return {
    runs,
    menuUsableMs: median(menu),
    menuUsableAllMs: menu,
    conversationFrameMs: median(conversation),
    conversationFrameAllMs: conversation,
    menuToConversationMs: median(fromMenu),
    menuToConversationAllMs: fromMenu,
    menuPreparedCustomer: prepared,
  };
}
