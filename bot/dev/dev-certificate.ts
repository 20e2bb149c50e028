// The HTTPS certificate for localhost, so Outlook can load the add-in from this machine during
// development (add-ins are only loaded over HTTPS). Made by office-addin-dev-certs, the tool Office
// add-in projects use: a development CA signs a localhost certificate. Started by a person (a
// terminal), it also installs that CA for the user, which the system asks to confirm the first time
// (Windows: a security warning to accept; macOS: the login password; Linux: sudo), and keeps the
// files in ~/.office-addin-dev-certs. Without a terminal (tests, CI) or with
// PRIVACYWACHT_DEV_CERT=local it only makes the files in `folder`, installs nothing and never asks.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateCertificates, getHttpsServerOptions } from 'office-addin-dev-certs';
import { caCertificatePath } from 'office-addin-dev-certs/lib/defaults';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
  /** The CA certificate to trust (a client given it as `ca` accepts the server). */
  certFile: string;
}

/** How long the certificates made here last; office-addin-dev-certs renews expired ones. */
const DAYS_VALID = 365;
const DOMAINS = ['localhost', '127.0.0.1'];

export async function devCertificate(
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
  isInteractive: boolean = process.stdin.isTTY === true,
): Promise<Certificate> {
  const mode = env['PRIVACYWACHT_DEV_CERT'] ?? (isInteractive ? 'trust' : 'local');
  if (mode === 'trust') {
    const { key, cert } = await getHttpsServerOptions(DAYS_VALID, DOMAINS);
    return { key, cert, certFile: caCertificatePath };
  }
  const caFile = path.join(folder, 'ca.crt');
  const certFile = path.join(folder, 'localhost.crt');
  const keyFile = path.join(folder, 'localhost.key');
  if (![caFile, certFile, keyFile].every((file) => existsSync(file))) {
    mkdirSync(folder, { recursive: true });
    await generateCertificates(caFile, certFile, keyFile, DAYS_VALID, DOMAINS);
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile: caFile };
}
