// What `npm start` runs after the build: the bot, the Agents Playground and the add-in's HTTPS
// server come up and print where to go; Ctrl-C (SIGINT) stops all of them and exits cleanly.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

function httpsStatus(url: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

test('starts bot, Playground and add-in server, prints their addresses, and stops on Ctrl-C', async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-start-'));
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'bot/dev/start.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        ADDIN_PORT: '0',
        DATABASE_URL: `sqlite:${path.join(work, 'register.sqlite')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C')) resolve();
    });
    void exited.then(() => reject(new Error(`npm start ended early:\n${output}`)));
  });

  const health = /(http:\/\/localhost:\d+)\/healthz/.exec(output)?.[1];
  const chat = /Open de chat \(open the chat\): (\S+)/.exec(output)?.[1];
  const addin = /\(add-in\): (https:\/\/localhost:\d+)\//.exec(output)?.[1];
  const certFile = /\(certificate to trust\): (\S+)/.exec(output)?.[1];
  // The add-in preview is served by the same HTTPS server as the add-in.
  expect(output).toContain(`(add-in preview, begin hier): ${addin}/preview/`);
  expect((await fetch(`${health}/healthz`)).status).toBe(200);
  // An empty register gets three invented incidents, so the tab shows a working register.
  expect(output).toContain('3 verzonnen voorbeeldmeldingen');
  const token = (await (await fetch(`${health}/api/dev/token?persona=ict`)).json()) as {
    token: string;
  };
  const register = (await (
    await fetch(`${health}/api/incidents`, { headers: { authorization: `Bearer ${token.token}` } })
  ).json()) as { incidents: unknown[] };
  expect(register.incidents).toHaveLength(3);
  expect((await fetch(chat ?? '')).status).toBe(200);
  // The .well-known list is there even before a build; it proves TLS with the printed certificate.
  const ca = readFileSync(certFile ?? '', 'utf8');
  expect(await httpsStatus(`${addin}/.well-known/microsoft-officeaddins-allowed.json`, ca)).toBe(
    200,
  );

  child.kill('SIGINT');
  expect(await exited).toBe(0);
}, 90_000);
