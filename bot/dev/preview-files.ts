// The add-in preview (npm start → /preview/): the page from dist/preview, and the add-in's own built
// pages (commands.html for the event runtime, taskpane.html) with Microsoft's office.js swapped for
// the preview's in-page Office host. Development only: production serves dist/addin untouched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** Microsoft's office.js tag, quoted or not (the build minifies the pages). */
const OFFICE_JS =
  /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/;

/** The preview's own pages next to the built add-in pages they stand in for. */
const HOSTED_PAGES: Record<string, string> = {
  '/event-runtime.html': 'commands.html',
  '/taskpane.html': 'taskpane.html',
};

/** Same page, same bundles (through <base>); only office.js comes from the page around it. */
function withPreviewHost(html: string, addinPath: string): string {
  if (!OFFICE_JS.test(html))
    throw new Error('the add-in page no longer loads office.js as expected');
  return html.replace(
    OFFICE_JS,
    `<base href="${addinPath}/"><script>window.Office = window.parent.PrivacywachtPreviewOffice;</script>`,
  );
}

export function previewRouter(options: { addinFolder: string; previewFolder: string }): Router {
  const router = express.Router();
  router.get('/', (request, response, next) => {
    // Relative links (preview.js, assets/) need the trailing slash.
    if (!request.originalUrl.endsWith('/'))
      return response.redirect(301, `${request.originalUrl}/`);
    response.sendFile(path.join(options.previewFolder, 'preview.html'), (error) => {
      if (error) next(error);
    });
  });
  for (const [route, page] of Object.entries(HOSTED_PAGES)) {
    const handler: RequestHandler = (_request, response) => {
      const html = readFileSync(path.join(options.addinFolder, page), 'utf8');
      response.type('html').set('Cache-Control', 'no-cache').send(withPreviewHost(html, '/addin'));
    };
    router.get(route, handler);
  }
  router.use(
    express.static(options.previewFolder, {
      index: false,
      setHeaders: (response) => response.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  return router;
}
