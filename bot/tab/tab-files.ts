// The tab's built files (npm run build → dist/tab) on the service's own origin under /tab, as the
// app package's static tabs name them (/tab/index.html?view=…). Revalidated on every load, so an
// update reaches Teams at once.
import express from 'express';

const TAB_PATH = '/tab';

export function tabFileMount(folder: string) {
  return {
    path: TAB_PATH,
    handler: express.static(folder, {
      index: 'index.html',
      fallthrough: false,
      setHeaders: (response) => response.setHeader('Cache-Control', 'no-cache'),
    }),
  };
}
