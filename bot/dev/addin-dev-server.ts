// npm start's HTTPS server for the add-in's files, so Outlook (which loads add-ins only over
// HTTPS) can sideload it from this machine, and the preview that runs them without Outlook.
// Production serves the same add-in files from the service, never the preview.
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { addinFileMounts } from '../server/addin-files';
import { devCertificate } from './dev-certificate';
import { previewRouter } from './preview-files';

export interface AddinDevServer {
  url: string;
  /** The add-in preview: a compose window running the built bundles on sample mails. */
  previewUrl: string;
  certFile: string;
  close(): Promise<void>;
}

const PREVIEW_PATH = '/preview';

export async function startAddinDevServer(options: {
  /** The add-in build, e.g. dist/addin. */
  folder: string;
  /** The preview build, e.g. dist/preview. */
  previewFolder: string;
  certFolder: string;
  port: number;
}): Promise<AddinDevServer> {
  const certificate = await devCertificate(options.certFolder);
  const app = express();
  const server = createServer({ key: certificate.key, cert: certificate.cert }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const url = `https://localhost:${(server.address() as AddressInfo).port}`;
  for (const mount of addinFileMounts({ folder: options.folder, publicUrl: url }))
    app.use(mount.path, mount.handler);
  app.use(
    PREVIEW_PATH,
    previewRouter({ addinFolder: options.folder, previewFolder: options.previewFolder }),
  );
  return {
    url,
    previewUrl: `${url}${PREVIEW_PATH}/`,
    certFile: certificate.certFile,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
