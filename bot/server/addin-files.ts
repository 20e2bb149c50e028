// The Outlook add-in's built files (npm run build → dist/addin) on the service's own origin, plus
// the well-known list that lets classic Outlook's JavaScript-only runtime trust the event script.
import express, { type RequestHandler } from 'express';

export interface AddinFilesOptions {
  /** The folder the build wrote, e.g. dist/addin. */
  folder: string;
  /**
   * The public origin Outlook loads the add-in from, e.g. https://privacywacht.kindante.nl
   * (PRIVACYWACHT_PUBLIC_URL). Without it the origin is taken from the request.
   */
  publicUrl?: string;
}

const ADDIN_PATH = '/addin';
const WELL_KNOWN_PATH = '/.well-known/microsoft-officeaddins-allowed.json';

export function addinFileMounts({ folder, publicUrl }: AddinFilesOptions) {
  const configured = publicUrl?.endsWith('/') ? publicUrl.slice(0, -1) : publicUrl;
  const allowed: RequestHandler = (request, response) => {
    const origin = configured ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
    response.json({ allowed: [`${origin}${ADDIN_PATH}/events.js`] });
  };
  return [
    {
      path: ADDIN_PATH,
      // Revalidate on every load: after an update, Outlook must not keep running yesterday's rules.
      handler: express.static(folder, {
        index: false,
        fallthrough: false,
        setHeaders: (response) => response.setHeader('Cache-Control', 'no-cache'),
      }),
    },
    { path: WELL_KNOWN_PATH, handler: allowed },
  ];
}
