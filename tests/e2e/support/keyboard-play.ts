import type { Page } from 'playwright-core';

/**
 * Plays a conversation by keyboard alone: Enter moves past the customer's lines, digits answer.
 * `pick` chooses for each decision either the number shown (1-based) or a response id, which is
 * looked up among the buttons (answers are shuffled per run, so ids are the stable way to play a
 * given path). Returns the lines and answers seen.
 */
export async function playByKeyboard(
  page: Page,
  pick: (choiceCount: number, turn: number) => number | string,
  maxSteps = 120,
): Promise<{ customer: string[]; answers: string[] }> {
  const customer: string[] = [];
  const answers: string[] = [];
  const feedback = page.getByRole('region', { name: /^(Auswertung|Feedback)$/ });
  for (let i = 0; i < maxSteps; i++) {
    if (await feedback.isVisible()) return { customer, answers };
    const choices = page.locator('.choices button');
    const count = await choices.count();
    if (count > 0) {
      const wanted = pick(count, answers.length);
      const ids =
        typeof wanted === 'string'
          ? await choices.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-response')))
          : [];
      if (typeof wanted === 'string' && !ids.includes(wanted))
        throw new Error(`no answer "${wanted}" on offer; shown: ${ids.join(', ')}`);
      const n = typeof wanted === 'string' ? ids.indexOf(wanted) + 1 : Math.min(count, Math.max(1, wanted));
      answers.push(
        (await choices
          .nth(n - 1)
          .locator('span')
          .textContent()) ?? '',
      );
      await page.keyboard.press(`Digit${n}`);
    } else {
      const lines = await page.locator('[data-customer-line]').allTextContents();
      if (lines.length > 0 && lines.join(' ') !== customer.at(-1)) customer.push(lines.join(' '));
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(30);
  }
  throw new Error(`no feedback after ${maxSteps} steps; last line: ${customer.at(-1)}`);
}
