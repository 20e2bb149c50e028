// The production start as an admin runs it (PRIVACYWACHT_ENV unset = production, credentials and
// identity configured) on a free port, with a fresh build: healthy, serves the add-in's files, the
// well-known list and the tab, and refuses bot and API calls without a valid token.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchService } from '../../../bot/server/launch-service';
import { createLogger } from '../../../bot/server/logger';
import type { RunningService } from '../../../bot/server/start-service';
import { buildAddinBundles } from '../../helpers/engine-bundle';

const TENANT = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const CLIENT = '0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e';
let service: RunningService;

beforeAll(async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-production-'));
  const dist = path.join(work, 'dist');
  await Promise.all([
    buildAddinBundles(path.join(dist, 'addin'), ['events', 'taskpane']),
    buildAddinBundles(path.join(dist, 'tab'), ['tab']),
  ]);
  const configFile = path.join(work, 'privacywacht.config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      organisation: { name: 'Stichting Voorbeeld', domains: ['voorbeeld.nl'] },
      encryption: { method: 'subject-tag', subjectTag: '[versleuteld]' },
      identity: { tenantId: TENANT, clientId: CLIENT },
    }),
  );
  const launched = await launchService({
    configFile,
    distFolder: dist,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger({ level: 'silent' }),
    env: {
      MicrosoftAppId: CLIENT,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
      DATABASE_URL: `sqlite:${path.join(work, 'register.sqlite')}`,
      PRIVACYWACHT_PUBLIC_URL: 'https://privacywacht.voorbeeld.nl',
    },
  });
  if (!launched.ok) throw new Error(launched.error);
  service = launched.service;
}, 180_000);

afterAll(() => service?.close());

test('runs in production mode and reports ready', async () => {
  expect(service.mode).toBe('production');
  const response = await fetch(`${service.url}/healthz`);
  expect(response.status).toBe(200);
});

test("serves the add-in's event script, task pane and the well-known list for classic Outlook", async () => {
  const events = await fetch(`${service.url}/addin/events.js`);
  expect(events.status).toBe(200);
  expect(await events.text()).toContain('onMessageSendHandler');
  expect((await fetch(`${service.url}/addin/taskpane.html`)).status).toBe(200);
  const wellKnown = await fetch(`${service.url}/.well-known/microsoft-officeaddins-allowed.json`);
  await expect(wellKnown.json()).resolves.toEqual({
    allowed: ['https://privacywacht.voorbeeld.nl/addin/events.js'],
  });
});

test('serves the Teams tab', async () => {
  const tab = await fetch(`${service.url}/tab/index.html?view=register`);
  expect(tab.status).toBe(200);
  expect(await tab.text()).toContain('tab.js');
});

test('refuses a bot message without a Bot Framework token', async () => {
  const response = await fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text: 'datalek',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id: 'a:1' },
      from: { id: '29:1' },
      recipient: { id: `28:${CLIENT}` },
    }),
  });
  expect(response.status).toBe(401);
});

test('refuses the register API without a token, and has no development token route', async () => {
  expect((await fetch(`${service.url}/api/incidents/mine`)).status).toBe(401);
  expect((await fetch(`${service.url}/api/dev/token?persona=ict`)).status).not.toBe(200);
});
