// Fills in the bot's breach report form as the Agents Playground's web client shows it (its user
// has an English Teams client, so the form is English): what happened, discovered and happened
// yesterday at 08:00 and 09:00, names and addresses of pupils. The caller fills the rest and sends.
import type { Locator, Page } from 'playwright-core';

const STEP_TIMEOUT = 20_000;

/** Yesterday in the browser's calendar (the Playground runs on the real clock). */
function yesterday(): string {
  return new Date(Date.now() - 24 * 3_600_000).toISOString().slice(0, 10);
}

export async function fillPlaygroundBreachForm(
  page: Page,
  form: Locator,
  whatHappened: string,
): Promise<void> {
  await form.getByRole('combobox', { name: /What happened/ }).click();
  await page.getByRole('option', { name: whatHappened }).click();
  const dates = form.getByPlaceholder('Select a date...');
  const times = form.getByPlaceholder('Select a time...');
  // A calendar left open traps focus and hides the rest of the card, so each is closed first.
  const calendars = page.getByRole('dialog', { name: 'Calendar' });
  for (const [index, time] of [
    [0, '08:00'],
    [1, '09:00'],
  ] as const) {
    await dates.nth(index).fill(yesterday());
    await dates.nth(index).press('Enter');
    await page.keyboard.press('Escape');
    await calendars.first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await dates.nth(index).inputValue()).not.toBe('');
    await times.nth(index).fill(time);
    await times.nth(index).press('Enter');
  }
  await form.getByRole('checkbox', { name: 'Names and addresses' }).check();
  await form.getByRole('checkbox', { name: 'Pupils' }).check();
}
