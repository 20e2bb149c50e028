// npm start's HTTPS server for the add-in's files, so Outlook (which loads add-ins only over
// HTTPS) can sideload it from this machine. Production serves the same files from the service.
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { addinFileMounts } from '../server/addin-files';
import { devCertificate } from './dev-certificate';

export interface AddinDevServer {
  url: string;
  certFile: string;
  close(): Promise<void>;
}

export async function startAddinDevServer(options: {
  folder: string;
  certFolder: string;
  port: number;
}): Promise<AddinDevServer> {
  const certificate = devCertificate(options.certFolder);
  const app = express();
  const server = createServer({ key: certificate.key, cert: certificate.cert }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const url = `https://localhost:${(server.address() as AddressInfo).port}`;
  for (const mount of addinFileMounts({ folder: options.folder, publicUrl: url }))
    app.use(mount.path, mount.handler);
  return {
    url,
    certFile: certificate.certFile,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
