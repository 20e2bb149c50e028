// The add-in preview as npm start serves it (the same HTTPS dev server, the real built bundles) in
// Chromium: a BSN sample is stopped by the Smart Alert, fixed in the real task pane, and then goes;
// a dropped .eml is read in the browser and checked like a draft.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startAddinDevServer, type AddinDevServer } from '../../../bot/dev/addin-dev-server';
import { launchChromium } from '../../helpers/chromium';
import { buildAddinBundles } from '../../helpers/engine-bundle';

const ROOT = path.resolve(__dirname, '../../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** Set PREVIEW_SCREENSHOT=1 to refresh the README's picture of the preview. */
const DOCS_SCREENSHOT = path.join(ROOT, 'docs/preview.png');

let server: AddinDevServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-preview-'));
  await buildAddinBundles(path.join(work, 'addin'), ['events', 'taskpane']);
  await buildAddinBundles(path.join(work, 'preview'), ['preview']);
  server = await startAddinDevServer({
    folder: path.join(work, 'addin'),
    previewFolder: path.join(work, 'preview'),
    certFolder: path.join(work, 'certs'),
    port: 0,
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPreview(locale = 'nl-NL'): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    locale,
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  await page.goto(server.previewUrl);
  return page;
}

const alertDialog = (page: Page) => page.getByRole('alertdialog');
const pane = (page: Page) => page.frameLocator('iframe[title="Taakvenster Privacywacht"]');

describe('the add-in preview served by npm start', () => {
  test('stops a BSN with the Smart Alert, takes the encrypted-send fix from the pane, then sends', async () => {
    const page = await openPreview();
    await page.getByLabel('Voorbeeldmail').selectOption('bsn');
    await expect(page.getByLabel('Onderwerp').inputValue()).resolves.toBe(
      'Aanmelding zorgteam Daan',
    );
    await page.getByRole('button', { name: 'Verzenden' }).click();
    const alert = alertDialog(page);
    await alert.waitFor();
    const alertText = (await alert.textContent()) ?? '';
    expect(alertText).toContain('******782');
    expect(alertText).not.toContain('123456782');
    if (process.env['PREVIEW_SCREENSHOT']) await page.screenshot({ path: DOCS_SCREENSHOT });
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-smart-alert.png') });
    // A block offers no "Send anyway"; the main button opens the task pane.
    await expect(alert.getByRole('button', { name: 'Toch versturen' }).count()).resolves.toBe(0);
    await alert.getByRole('button', { name: 'Versleuteld sturen' }).click();

    await pane(page)
      .locator('[data-rule="bsn"]')
      .getByRole('button', { name: 'Versleuteld sturen' })
      .click();
    // The pane's fix writes through the fake host; the compose window shows the tagged subject.
    await page.waitForFunction(() =>
      (document.getElementById('subject') as HTMLInputElement).value.startsWith('['),
    );
    await expect(page.getByLabel('Onderwerp').inputValue()).resolves.toBe(
      '[versleuteld] Aanmelding zorgteam Daan',
    );

    await page.getByRole('button', { name: 'Verzenden' }).click();
    await page.getByRole('status').getByText('De mail is weg').waitFor();
    await expect(alertDialog(page).count()).resolves.toBe(0);
    await page.context().close();
  }, 60_000);

  test('reads a dropped .eml in the browser and checks it as a draft', async () => {
    const page = await openPreview('en-GB');
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') uploads.push(request.url());
    });
    const eml = [
      'From: Anouk van der Berg <a.vanderberg@kindante.nl>',
      'To: "Smeets, J." <j.smeets@ziggo.nl>, m.jansen@kindante.nl',
      'Subject: Verslag leerlingbespreking',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Het BSN van Daan is 123456782.',
      '--b1',
      'Content-Type: text/csv; name="klas.csv"',
      'Content-Disposition: attachment; filename="klas.csv"',
      '',
      'Naam;Groep',
      'Daan;5',
      '--b1--',
      '',
    ].join('\r\n');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'verslag.eml', { type: 'message/rfc822' }));
      return transfer;
    }, eml);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer });

    await page.getByRole('status').getByText('Opened: verslag.eml').waitFor();
    await expect(page.getByLabel('Subject').inputValue()).resolves.toBe(
      'Verslag leerlingbespreking',
    );
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe(
      'Smeets, J. <j.smeets@ziggo.nl>; m.jansen@kindante.nl',
    );
    await page.getByText('klas.csv').waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(alertDialog(page).textContent()).resolves.toContain('******782');
    expect(uploads).toEqual([]);
    await page.context().close();
  }, 60_000);
});
