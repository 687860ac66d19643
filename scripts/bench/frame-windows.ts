import type { Page } from 'playwright-core';

/**
 * A state measured over frames the page's probe counts. Most states hold still (answers showing,
 * the debrief), so one window of N frames covers them. The customer speaking does not: a line
 * lasts a few seconds, and at software-rendered frame rates N frames outlast the beat, so those
 * frames are collected over several windows, each while a beat is being said (`speakingFrames`),
 * with `enter` answering the next decision between them so the customer speaks again. A window
 * opens a few frames into a line and the line is held until the window closes (the bench's slow
 * voice, slow-voice.ts): the frames that set a new line up and the line's end (subtitle laid
 * out, answers built, buttons swapped) are events, measured apart, not the steady state. Without
 * the hold a window closed only after the page had noticed the line's end, so the end's work
 * fell into the window while its frames were not counted.
 */
export interface Stretch {
  /** The probe's counter the frames are counted by. */
  counter: 'frames' | 'speakingFrames';
  /** Brings the page into the state before a window; false when it cannot (the measurement ends with what it has). */
  enter(): Promise<boolean>;
  /** Lets the state go on after a window (the speaking customer: lets the held line end). */
  leave?(): Promise<void>;
}

/** A state that stays as it is: one window. */
export const steady: Stretch = { counter: 'frames', enter: async () => true };

/** What a window measures: started before it, stopped after it with the frames it counted. */
export interface WindowProbe {
  start(): Promise<void>;
  stop(counted: number): Promise<void>;
}

/**
 * Waits inside the page until `count` more frames are counted, or (counting speaking frames) the
 * customer has stopped speaking; checks with a timer there, so a profile taken meanwhile sees next
 * to nothing of the waiting. Resolves with the frames counted.
 */
async function countInPage(page: Page, counter: Stretch['counter'], count: number, timeoutMs: number): Promise<number> {
  // A string, not a function: tsx would wrap the inner arrow functions in a helper the page lacks.
  return (await page.evaluate(`new Promise((resolve) => {
    const figures = () => (window.__counterpartScene ?? window.__benchEmptyScene)?.figures();
    const read = () => figures()?.${counter} ?? 0;
    const start = read();
    const until = performance.now() + ${timeoutMs};
    let lineFrames = figures()?.lineFrames ?? 0;
    const check = () => {
      const f = figures();
      const counted = read() - start;
      // Counting speaking frames, a window ends with its line: the next line's set-up is not a steady frame.
      const over = ${counter === 'speakingFrames'} && (!f?.speaking || (f?.lineFrames ?? 0) < lineFrames);
      lineFrames = f?.lineFrames ?? 0;
      if (counted >= ${count} || over || performance.now() > until) resolve(counted);
      else setTimeout(check, 100);
    };
    check();
  })`)) as number;
}

/**
 * Runs `probe` over windows until `frames` frames of the stretch are counted, `timeoutMs` has
 * passed, or the state cannot be entered again. Returns the frames counted.
 */
export async function overWindows(
  page: Page,
  stretch: Stretch,
  frames: number,
  probe: WindowProbe,
  timeoutMs = 600_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let counted = 0;
  while (counted < frames && Date.now() < deadline) {
    let here = 0;
    try {
      if (!(await stretch.enter())) break;
      await probe.start();
      try {
        here = await countInPage(page, stretch.counter, frames - counted, Math.max(1, deadline - Date.now()));
      } finally {
        await probe.stop(here);
      }
    } finally {
      await stretch.leave?.();
    }
    counted += here;
  }
  return counted;
}
