// The add-in's files as Outlook fetches them from the service: the built scripts and pages, the
// well-known list for classic Outlook, and nothing outside the build folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { addinFileMounts } from '../../../bot/server/addin-files';

let server: Server;
let base: string;

beforeAll(async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-addin-'));
  writeFileSync(path.join(folder, 'events.js'), 'Office.actions.associate("x", function () {});');
  writeFileSync(path.join(folder, 'taskpane.html'), '<!doctype html><title>Privacywacht</title>');
  const app = express();
  for (const mount of addinFileMounts({ folder, publicUrl: 'https://privacywacht.school.nl/' }))
    app.use(mount.path, mount.handler);
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('serves the event script as JavaScript, revalidated on every load', async () => {
  const response = await fetch(`${base}/addin/events.js`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('javascript');
  expect(response.headers.get('cache-control')).toBe('no-cache');
  await expect(response.text()).resolves.toContain('Office.actions.associate');
});

test('serves the task pane page', async () => {
  const response = await fetch(`${base}/addin/taskpane.html`);
  expect(response.headers.get('content-type')).toContain('text/html');
});

test('lists the event script for classic Outlook at the well-known address', async () => {
  const response = await fetch(`${base}/.well-known/microsoft-officeaddins-allowed.json`);
  await expect(response.json()).resolves.toEqual({
    allowed: ['https://privacywacht.school.nl/addin/events.js'],
  });
});

test('answers 404 for files that are not in the build, including paths that climb out of it', async () => {
  expect((await fetch(`${base}/addin/missing.js`)).status).toBe(404);
  expect((await fetch(`${base}/addin/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
});
