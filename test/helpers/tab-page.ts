// Opens the built Teams tab in Chromium outside Teams, served by the real API on the service's app
// factory in development mode: the tab takes a development token, the register is in memory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tabFileMount } from '../../bot/tab/tab-files';
import { startApi, type ApiHarness, type HarnessOptions } from './api-harness';
import { launchChromium } from './chromium';
import { buildAddinBundles } from './engine-bundle';

export interface TabHarness {
  api: ApiHarness;
  /** Opens /tab/index.html with the query, e.g. "view=register&persona=ict". */
  open(query: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the tab once with the real webpack config; returns the folder. */
export async function buildTab(): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-tab-'));
  await buildAddinBundles(folder, ['tab']);
  return folder;
}

/**
 * One Chromium per test file, shared by its harnesses: a launch costs more than a second on a
 * loaded machine, and each test gets fresh contexts anyway. Close it in the file's afterAll.
 */
let sharedBrowser: Promise<Browser> | undefined;

export async function closeSharedBrowser(): Promise<void> {
  const browser = sharedBrowser;
  sharedBrowser = undefined;
  if (browser) await (await browser).close();
}

export async function startTabHarness(
  folder: string,
  options: HarnessOptions = {},
): Promise<TabHarness> {
  const api = await startApi({
    mode: 'development',
    ...options,
    mounts: [tabFileMount(folder)],
  });
  const browser = await (sharedBrowser ??= launchChromium());
  const contexts: BrowserContext[] = [];
  return {
    api,
    async open(query, viewport = { width: 1280, height: 900 }) {
      // Staff browsers at a Dutch school board speak Dutch; Teams passes its own locale instead.
      const context = await browser.newContext({
        viewport,
        acceptDownloads: true,
        locale: 'nl-NL',
      });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${api.url}/tab/index.html?${query}`);
      return page;
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await api.close();
    },
  };
}
