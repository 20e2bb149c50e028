// Bundles a test page's TypeScript for Chromium with webpack and swc, as the add-in's own build
// does. office-addin-mock (behind the in-page Office host) reads manifests with Node; the shim
// stands in for that in the browser.
import path from 'node:path';
import webpack from 'webpack';

const MANIFEST_SHIM = path.resolve(
  __dirname,
  '../../addin/preview/office-host/office-addin-manifest-shim.ts',
);

/** Writes `<name>.js` into `outDir` for each entry. */
export function bundleForBrowser(entries: Record<string, string>, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'development',
        devtool: false,
        target: 'web',
        entry: entries,
        output: { path: outDir, filename: '[name].js' },
        resolve: {
          extensions: ['.ts', '.js'],
          alias: { 'office-addin-manifest': MANIFEST_SHIM },
        },
        module: {
          rules: [
            {
              test: /\.ts$/,
              use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' } } } },
            },
          ],
        },
      },
      (error, stats) => {
        if (error || !stats) reject(error ?? new Error('webpack gave no result'));
        else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      },
    );
  });
}
