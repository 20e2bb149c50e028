import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as devCerts from 'office-addin-dev-certs';
import { devCertificate } from '../../../../bot/dev/dev-certificate';

jest.mock('office-addin-dev-certs', () => ({
  ...jest.requireActual<typeof devCerts>('office-addin-dev-certs'),
  getHttpsServerOptions: jest.fn(() =>
    Promise.resolve({ ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key') }),
  ),
}));

const folder = () => mkdtempSync(path.join(tmpdir(), 'privacywacht-cert-'));

describe('devCertificate', () => {
  beforeEach(() => jest.mocked(devCerts.getHttpsServerOptions).mockClear());

  it('makes a localhost certificate signed by its own CA, installing nothing, without a terminal', async () => {
    const made = await devCertificate(folder(), {}, false);
    expect(devCerts.getHttpsServerOptions).not.toHaveBeenCalled();
    const ca = new X509Certificate(readFileSync(made.certFile));
    const leaf = new X509Certificate(made.cert);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.subjectAltName).toContain('DNS:localhost');
  }, 30_000);

  it('installs the CA for the user through office-addin-dev-certs when a person started it', async () => {
    const made = await devCertificate(folder(), {}, true);
    expect(devCerts.getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(made.cert.toString()).toBe('cert');
    expect(made.certFile).toMatch(/\.office-addin-dev-certs[/\\]ca\.crt$/);
  });

  it('never installs anything with PRIVACYWACHT_DEV_CERT=local', async () => {
    await devCertificate(folder(), { PRIVACYWACHT_DEV_CERT: 'local' }, true);
    expect(devCerts.getHttpsServerOptions).not.toHaveBeenCalled();
  }, 30_000);
});
