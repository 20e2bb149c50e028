// A self-signed certificate for localhost, so Outlook can load the add-in from this machine during
// development (add-ins are only loaded over HTTPS). Made once with openssl and kept in data/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
  /** Where the certificate lies, for the user to trust it. */
  certFile: string;
}

export function devCertificate(folder: string): Certificate {
  const keyFile = path.join(folder, 'localhost-key.pem');
  const certFile = path.join(folder, 'localhost.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(folder, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '365',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile };
}
