// A staff member reports a data breach through the Microsoft 365 Agents Playground's web client
// in Chromium, as after `npm start`: types "datalek", fills in the form, sends it and sees the
// receipt with the incident number; the report is in the register.
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../../../bot/dev/playground';
import type { RunningService } from '../../../../bot/server/start-service';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { launchChromium } from '../../../helpers/chromium';
import { fillPlaygroundBreachForm } from '../../../helpers/playground-breach-form';
import { startPlaygroundService } from '../../../helpers/playground-service';

const STEP_TIMEOUT = 20_000;

describe('reporting a data breach in the Agents Playground', () => {
  let service: RunningService;
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  const store: IncidentStore = createMemoryStore();

  beforeAll(async () => {
    service = await startPlaygroundService(store);
    playground = await startPlayground({ botEndpoint: `${service.url}/api/messages`, port: 0 });
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await service?.close();
  });

  it('types datalek, fills in the form, sends it and gets the receipt', async () => {
    await page.goto(playground.url);
    await page.getByText('Welkom bij Privacywacht').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('[contenteditable="true"][role="textbox"]').click();
    await page.keyboard.type('datalek');
    await page.keyboard.press('Enter');
    // The Playground's user has an English (en-US) Teams client, so the form is English.
    await page.getByText('What happened?').first().waitFor({ timeout: STEP_TIMEOUT });

    // The form itself, whatever arrives after it (a late welcome card under load).
    const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'What happened?' }).last();
    await fillPlaygroundBreachForm(page, form, 'Device lost');
    await form.getByRole('spinbutton').fill('28');
    await form.getByRole('radio', { name: 'No', exact: true }).check();
    await form
      .getByRole('textbox', { name: /What have you done already/ })
      .fill('Telefoon gezocht.');
    await form
      .getByRole('textbox', { name: /Describe what happened/ })
      .fill('Telefoon met de groepsapp kwijt in de trein.');
    await form.getByRole('button', { name: 'Send report' }).click();

    await page.getByText('Report received').first().waitFor({ timeout: STEP_TIMEOUT });
    await expect(
      page
        .getByText(/^DL-\d{4}-\d{4}$/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const incidents = await store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ kind: 'lost-device', affectedCount: 28, encrypted: 'no' });
  }, 90_000);
});
