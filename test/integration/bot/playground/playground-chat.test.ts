// Through the Microsoft 365 Agents Playground's own web client in Chromium, as a developer chats
// with the bot after `npm start`: the welcome card, a question answered with its source, and the
// "Datalek melden" button. The Playground sends no token and plays the Bot Connector itself.
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../../../bot/dev/playground';
import type { RunningService } from '../../../../bot/server/start-service';
import { launchChromium } from '../../../helpers/chromium';
import { startPlaygroundService } from '../../../helpers/playground-service';

const STEP_TIMEOUT = 20_000;

describe('chatting with the bot in the Agents Playground', () => {
  let service: RunningService;
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    service = await startPlaygroundService();
    playground = await startPlayground({ botEndpoint: `${service.url}/api/messages`, port: 0 });
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await service?.close();
  });

  it('welcomes, answers a typed question with its source, and starts a breach report', async () => {
    await page.goto(playground.url);
    await page.getByText('Welkom bij Privacywacht').waitFor({ timeout: STEP_TIMEOUT });

    await page.locator('[contenteditable="true"][role="textbox"]').click();
    await page.keyboard.type("Mag ik foto's van leerlingen op Facebook zetten?");
    await page.keyboard.press('Enter');
    // Which entry answers is the knowledge base's business (its own tests); here: an answer card
    // with its source section and the feedback question arrives in the chat.
    await page
      .getByText(/^Bron: /)
      .first()
      .waitFor({ timeout: STEP_TIMEOUT });
    await page.getByText('Was dit nuttig?').first().waitFor({ timeout: STEP_TIMEOUT });

    await page.getByRole('button', { name: 'Datalek melden' }).last().click();
    // The Playground's user has an English (en-US) Teams client, so the form is English.
    await page.getByText('What happened?').first().waitFor({ timeout: STEP_TIMEOUT });
  }, 90_000);
});
