import type { Browser, Page } from 'playwright-core';
import { BENCH_SCENARIO, firstConversationFrameAt, menuUsableAt } from './page-waits';
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
}

/** Loads `path` in a fresh browser context (empty cache, no storage) and measures with `at`. */
async function fresh(browser: Browser, url: string, at: (page: Page) => Promise<number>): Promise<number> {
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
  // Alternating, so a slow stretch of the machine hits both figures alike.
  for (let i = 0; i < runs; i++) {
    menu.push(await fresh(browser, app.at('/'), menuUsableAt));
    conversation.push(await fresh(browser, app.at(`/?scenario=${BENCH_SCENARIO}&probe`), firstConversationFrameAt));
    console.log(
      `  run ${i + 1}/${runs}: menu ${menu.at(-1)?.toFixed(0)} ms, conversation ${conversation.at(-1)?.toFixed(0)} ms`,
    );
  }
  return {
    runs,
    menuUsableMs: median(menu),
    menuUsableAllMs: menu,
    conversationFrameMs: median(conversation),
    conversationFrameAllMs: conversation,
  };
}
