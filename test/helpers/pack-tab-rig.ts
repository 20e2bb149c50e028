// The pack service with the built tab, the Bot Connector stub and Chromium, as the tab tests that
// edit the policy pack and then ask the bot use them (pack-editing, unanswered-entry-tab).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { startConnectorStub, type ConnectorStub } from './connector-stub';
import { startPackService, type PackService } from './pack-service';
import { buildTab } from './tab-page';
import { postActivity, teamsMessage } from './teams-activity';

export interface PackTabRig {
  running: PackService;
  stub: ConnectorStub;
  browser: Browser;
  /** Asks the bot through the Bot Framework protocol; the cards it answered with, as JSON text. */
  askBot(text: string): Promise<string>;
  close(): Promise<void>;
}

export async function startPackTabRig(): Promise<PackTabRig> {
  const dist = mkdtempSync(path.join(tmpdir(), 'privacywacht-pack-tab-'));
  cpSync(await buildTab(), path.join(dist, 'tab'), { recursive: true });
  const running = await startPackService(dist);
  const stub = await startConnectorStub();
  const browser = await launchChromium();
  return {
    running,
    stub,
    browser,
    async askBot(text) {
      stub.calls.splice(0);
      await postActivity(running.service.url, teamsMessage(stub.url, { text }));
      await stub.waitForCalls(1);
      return JSON.stringify(stub.cards());
    },
    async close() {
      await browser.close();
      await stub.close();
      await running.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
