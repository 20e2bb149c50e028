// Opens the built task pane in Chromium with a fake mailbox in place of Outlook: the real bundle,
// the real page, only office.js swapped for the fake (the page loads it from Microsoft's CDN).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PageSetup } from './browser/office-fake-entry';
import { launchService } from '../../bot/server/launch-service';
import { createLogger } from '../../bot/server/logger';
import { launchChromium } from './chromium';
import { bundleForBrowser } from './browser-bundle';
import { buildAddinBundles } from './engine-bundle';
import { serveFolder, type StaticServer } from './static-server';

export interface TaskpaneHarness {
  /** Where the pane is served: a plain folder, or the Privacywacht service with its API. */
  origin: string;
  open(setup: PageSetup): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Builds the task pane and serves it: from a plain folder, or (withService) from the real service
 * in development mode with its register and API, as production serves it.
 */
export async function startTaskpaneHarness(
  options: { withService?: boolean } = {},
): Promise<TaskpaneHarness> {
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-taskpane-'));
  const outDir = path.join(work, 'addin');
  await Promise.all([buildAddinBundles(outDir, ['taskpane']), buildOfficeFake(outDir)]);
  const fakeOfficeScript = readFileSync(path.join(outDir, 'office-fake.js'), 'utf8');
  const server = options.withService ? await serveWithService(work) : await serveFolder(outDir);
  const pageUrl = options.withService
    ? `${server.url}/addin/taskpane.html`
    : `${server.url}/taskpane.html`;
  const browser: Browser = await launchChromium();
  return {
    origin: server.url,
    async open(setup) {
      const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
      await page.addInitScript((value) => {
        (window as unknown as { __privacywachtSetup: PageSetup }).__privacywachtSetup = value;
      }, setup);
      await page.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript }),
      );
      await page.goto(pageUrl);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The service in development mode (its API takes development tokens), register in `work`. */
async function serveWithService(work: string): Promise<StaticServer> {
  const launched = await launchService({
    configFile: path.resolve(__dirname, '../../privacywacht.config.json'),
    distFolder: work,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger({ level: 'silent' }),
    env: {
      PRIVACYWACHT_ENV: 'development',
      DATABASE_URL: `sqlite:${path.join(work, 'register.sqlite')}`,
    },
  });
  if (!launched.ok) throw new Error(launched.error);
  const { service } = launched;
  return { url: service.url.replace('localhost', '127.0.0.1'), close: () => service.close() };
}

function buildOfficeFake(outDir: string): Promise<void> {
  return bundleForBrowser(
    { 'office-fake': path.join(__dirname, 'browser/office-fake-entry.ts') },
    outDir,
  );
}

/** The draft as the pane's fixes left it. */
export function draftOf(page: Page): Promise<PageSetup['draft']> {
  return page.evaluate(() => (window as unknown as { __draft: PageSetup['draft'] }).__draft);
}
