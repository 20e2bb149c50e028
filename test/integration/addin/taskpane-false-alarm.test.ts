// The "Onterecht" (false alarm) button in the real task pane in Chromium: pressing it tells the
// sender it was noted, and keeps only the rule and feature names in the add-in's roaming settings.
import type { Page } from 'playwright-core';
import type { PageSetup } from '../../helpers/browser/office-fake-entry';
import { startTaskpaneHarness, type TaskpaneHarness } from '../../helpers/taskpane-page';

const draft: NonNullable<PageSetup['draft']> = {
  from: { displayName: 'Anouk van der Berg', emailAddress: 'a.vanderberg@kindante.nl' },
  to: [{ emailAddress: 'm.jansen@kindante.nl' }],
  subject: 'Leerlingbespreking Daan',
  body: '<p>Het BSN van Daan de Vries is <b>123456782</b>, Dorpsstraat 12, Sittard.</p>',
};

let harness: TaskpaneHarness;
beforeAll(async () => {
  harness = await startTaskpaneHarness();
}, 120_000);
afterAll(() => harness?.close());

const kept = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      (
        window as unknown as {
          Office: { context: { roamingSettings: { get(name: string): unknown } } };
        }
      ).Office.context.roamingSettings.get('privacywacht.insight') ?? null,
    ),
  );

test.each([
  ['nl-NL', 'Onterecht', 'Genoteerd, dank u.'],
  ['en-US', 'False alarm', 'Noted, thank you.'],
])('in %s, "%s" is noted and keeps no content', async (displayLanguage, button, noted) => {
  const page = await harness.open({ draft, options: { displayLanguage } });
  const card = page.locator('[data-rule="bsn"]');
  await card.getByRole('button', { name: button }).click();
  await card.getByRole('status').filter({ hasText: noted }).waitFor();
  await expect(card.getByRole('button', { name: button }).isDisabled()).resolves.toBe(true);
  const stored = await kept(page);
  expect(JSON.parse(stored)).toMatchObject({
    events: [
      {
        type: 'false-alarm',
        rule: 'bsn',
        domain: 'kindante.nl',
        features: expect.arrayContaining(['in-body', 'bsn-checksum']) as unknown,
      },
    ],
  });
  for (const personal of ['123456782', 'Daan', 'Vries', 'Dorpsstraat', 'Sittard', 'vanderberg'])
    expect(stored).not.toContain(personal);
  await page.close();
});
