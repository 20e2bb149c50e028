// npm start's HTTPS server for the add-in: a certificate for localhost is made once and reused, and
// the built files come over TLS.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAddinDevServer } from '../../../bot/dev/addin-dev-server';

function getOverTls(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('serves the add-in over HTTPS with a localhost certificate that is made once', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-dev-'));
  const certFolder = path.join(folder, 'certs');
  writeFileSync(path.join(folder, 'taskpane.html'), '<title>Privacywacht</title>');
  const first = await startAddinDevServer({ folder, previewFolder: folder, certFolder, port: 0 });
  const madeAt = statSync(first.certFile).mtimeMs;
  const response = await getOverTls(
    `${first.url}/addin/taskpane.html`,
    readFileSync(first.certFile, 'utf8'),
  );
  await first.close();
  expect(response).toEqual({ status: 200, body: '<title>Privacywacht</title>' });

  const second = await startAddinDevServer({ folder, previewFolder: folder, certFolder, port: 0 });
  await second.close();
  expect(statSync(second.certFile).mtimeMs).toBe(madeAt);
}, 30_000);
