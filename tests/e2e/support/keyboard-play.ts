import type { Page } from 'playwright-core';

/**
 * Plays a conversation by keyboard alone: Enter moves past the customer's lines, digits answer.
 * `pick` chooses the response number for each decision (1-based). Returns the lines and answers seen.
 */
export async function playByKeyboard(
  page: Page,
  pick: (choiceCount: number, turn: number) => number,
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
      const n = Math.min(count, Math.max(1, pick(count, answers.length)));
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
