// The breach letters and the AP draft in the Teams tab, in real Chromium: the AP draft's marks, the
// notice to those affected downloaded as a Word file and read back, and the late-notice reason the
// AP form asks for once the deadline has passed.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { docxXmlToText } from '../../../../shared/scan/extract/docx';
import { ReadBudget } from '../../../../shared/scan/extract/read-budget';
import { readZipTexts } from '../../../../shared/scan/extract/zip';
import { reportFor, tokenFor } from '../../../helpers/api-harness';
import {
  buildTab,
  closeSharedBrowser,
  startTabHarness,
  type TabHarness,
} from '../../../helpers/tab-page';

jest.setTimeout(60_000);

let folder: string;
let tab: TabHarness;

beforeAll(async () => {
  folder = await buildTab();
}, 180_000);

beforeEach(async () => {
  // The clock stands at Fri 27 Nov 2026, 10:00 in Amsterdam; the mail went astray three days ago.
  tab = await startTabHarness(folder);
  const response = await fetch(`${tab.api.url}/api/incidents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(tab.api, 'teacher')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(
      reportFor('tab-letters-1', {
        occurredDate: '2026-11-24',
        occurredTime: '08:00',
        discoveredDate: '2026-11-24',
        discoveredTime: '08:00',
      }),
    ),
  });
  if (response.status !== 201) throw new Error(`report failed: ${await response.text()}`);
});
afterEach(() => tab.close());
afterAll(closeSharedBrowser);

async function openIncident(): Promise<Page> {
  const page = await tab.open('view=register&persona=ict');
  await page.getByRole('button', { name: 'Open DL-2026-0001' }).click();
  await page.getByRole('region', { name: 'Ernst en besluit' }).waitFor();
  return page;
}

function documentText(file: string): string {
  const budget = new ReadBudget({ bytes: 10_000_000, parts: 100, milliseconds: 10_000 });
  const reading = readZipTexts(
    new Uint8Array(readFileSync(file)),
    (name) => name === 'word/document.xml',
    budget,
    10_000_000,
  );
  return docxXmlToText(reading.parts.get('word/document.xml') ?? '');
}

describe('breach letters in the tab', () => {
  test('marks each AP draft answer as recorded, derived or missing', async () => {
    const page = await openIncident();
    const draft = page.locator('[data-draft="initial"]');
    await draft.waitFor();
    await expect(page.getByTestId('marks-initial').textContent()).resolves.toMatch(
      /^\d+ vastgelegd door een persoon, \d+ afgeleid uit register of beoordeling, \d+ ontbreekt$/,
    );
    await expect(draft.locator('[data-mark="missing"]').first().textContent()).resolves.toContain(
      '[in te vullen]',
    );
    // Three days after discovery: the form also asks why the notice is late.
    await expect(draft.textContent()).resolves.toContain('later dan 72 uur');
    await expect(draft.locator('[data-mark="derived"]').count()).resolves.toBeGreaterThan(0);
    await expect(draft.locator('[data-mark="recorded"]').count()).resolves.toBeGreaterThan(0);
  });

  test('downloads the notice to those affected as a .docx in Dutch and English', async () => {
    const page = await openIncident();
    await page.getByRole('button', { name: 'Maak conceptbrieven' }).click();
    await page.getByText('Privacywacht verstuurt deze brieven niet').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('[data-letter="notice"]')
        .getByRole('button', { name: 'Download als Word-bestand (.docx)' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('brief-betrokkenen-DL-2026-0001.docx');
    const text = documentText((await download.path()) ?? '');
    expect(text).toContain('Beste ouder of verzorger,');
    expect(text).toContain('Dear parent or carer,');
    expect(text).not.toMatch(/\[[^[\]]*\]/);
    await expect(
      page.locator('[data-letter="deletion-request"]').getByRole('button').count(),
    ).resolves.toBe(1);
  });

  test('asks the reason for the delay when the AP notice is recorded after the deadline', async () => {
    const page = await openIncident();
    await page.getByRole('form', { name: 'Oppakken' }).getByRole('button').click();
    const form = page.locator('form[data-verb="decideNotifiable"]');
    await form.waitFor();
    await form.locator('input[type="datetime-local"]').fill('2026-11-27T09:00');
    const reason = form.getByLabel(/waarom is de melding later gedaan/);
    await reason.fill('Pas na het weekend aan ICT gemeld.');
    await form.locator('input').first().fill('M-2026-31');
    await form.getByRole('button').click();
    // The follow-up draft is drawn from the incident the server saved; the typed reason alone
    // shows before the save has landed (a loaded machine let the store read run first).
    await page.locator('[data-draft="follow-up"]').waitFor();
    await page.getByText('Pas na het weekend aan ICT gemeld.').first().waitFor();
    const [incident] = await tab.api.store.listIncidents();
    expect(incident?.apNotification?.lateReason).toBe('Pas na het weekend aan ICT gemeld.');
  });
});
