// Builds the add-in's files into dist/addin/ (and the Teams tab into dist/tab/). Two add-in bundles
// with different targets:
// - events.js for the Smart Alerts handlers: classic Outlook's JavaScript-only runtime needs one
//   self-contained file, no chunks, no dynamic imports, ES2016-level syntax (DESIGN.md).
// - taskpane.js for the task pane (React + Fluent UI), which runs in a browser (WebView2, Safari,
//   the web), so modern syntax is fine.
// The organisation's configuration is validated here and inlined, with its policy pack's scan
// vocabulary and guard texts merged in, so a bad config or a broken pack fails the build.
// The add-in preview (npm start → /preview/) goes to dist/preview/, apart from what Outlook loads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import webpack, { type Configuration } from 'webpack';
import { resolveConfigPath } from './bot/config/load-config';
import { loadBoardConfig } from './bot/policy-pack/pack-policy';
import { renderAddinIcon } from './manifest/icons/render-icons';
import { ADDIN_ICON_SIZES, addinIconFile } from './manifest/package-layout';

const OUTPUT = path.resolve(__dirname, 'dist/addin');

function addinIcons(): Record<string, Uint8Array> {
  return Object.fromEntries(
    ADDIN_ICON_SIZES.map((size) => [addinIconFile(size), renderAddinIcon(size)]),
  );
}

function organisationConfig(): string {
  const loaded = loadBoardConfig(resolveConfigPath(undefined));
  if (!loaded.ok) throw new Error(`Cannot build the add-in:\n${loaded.errors.join('\n')}`);
  return JSON.stringify(loaded.config);
}

/** Copies static pages next to the bundles they load, and writes generated files (icons). */
function staticPages(
  pages: string[],
  generated: Record<string, Uint8Array> = {},
): webpack.WebpackPluginInstance {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap('StaticPages', (compilation) => {
        compilation.hooks.processAssets.tap(
          { name: 'StaticPages', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
          () => {
            for (const page of pages)
              compilation.emitAsset(
                path.basename(page),
                new webpack.sources.RawSource(readFileSync(page)),
              );
            for (const [name, bytes] of Object.entries(generated))
              compilation.emitAsset(name, new webpack.sources.RawSource(Buffer.from(bytes)));
          },
        );
      });
    },
  };
}

const swc = (target: string) => ({
  loader: 'swc-loader',
  options: {
    jsc: {
      target,
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
});

function bundle(
  name: string,
  target: string,
  entry: Configuration['entry'],
  pages: string[],
  generated?: Record<string, Uint8Array>,
): Configuration {
  return {
    name,
    mode: 'production',
    target: ['web', target],
    entry,
    output: { path: OUTPUT, filename: '[name].js', chunkFormat: false, clean: false },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [{ test: /\.[cm]?[jt]sx?$/, use: swc(target) }] },
    plugins: [
      new webpack.DefinePlugin({ PRIVACYWACHT_CONFIG: organisationConfig() }),
      staticPages(pages, generated),
    ],
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    devtool: false,
  };
}

/** The preview's sample documents, copied from the generated test documents. */
function previewAssets(): Record<string, Uint8Array> {
  const folder = path.resolve(__dirname, 'addin/preview/assets');
  return Object.fromEntries(
    ['groeidocument-fatima.pdf', 'leerlingenlijst-groep-6b.xlsx'].map((name) => [
      `assets/${name}`,
      readFileSync(path.join(folder, name)),
    ]),
  );
}

/** The preview bundle: the fake Office host (office-addin-mock) without its Node-only manifest reader. */
function previewBundle(): Configuration {
  const preview = withOutput(
    bundle(
      'preview',
      'es2020',
      { preview: './addin/preview/index.ts' },
      ['addin/preview/preview.html', 'addin/preview/preview.css'],
      previewAssets(),
    ),
    'dist/preview',
  );
  return {
    ...preview,
    resolve: {
      ...preview.resolve,
      alias: {
        'office-addin-manifest': path.resolve(
          __dirname,
          'addin/preview/office-host/office-addin-manifest-shim.ts',
        ),
      },
    },
  };
}

/** The same bundle written to another folder than the add-in's. */
function withOutput(configuration: Configuration, folder: string): Configuration {
  return {
    ...configuration,
    output: { ...configuration.output, path: path.resolve(__dirname, folder) },
  };
}

const config: Configuration[] = [
  bundle(
    'events',
    'es2016',
    {
      // The Smart Alerts event handlers (OnMessageSend, recipients and attachments changed).
      events: './addin/launchevent/events.ts',
      // The engine alone, for the benchmark and for pages that scan without Office.
      'scan-engine': {
        import: './addin/engine/scan-engine.ts',
        library: { name: 'PrivacywachtEngine', type: 'var' },
      },
    },
    ['addin/launchevent/commands.html'],
  ),
  // The task pane, with the icons the manifest's buttons and information bar name.
  bundle(
    'taskpane',
    'es2020',
    { taskpane: './addin/taskpane/index.tsx' },
    ['addin/taskpane/taskpane.html'],
    addinIcons(),
  ),
  // The Teams tab (React, Fluent UI, teams-js), served by the bot service under /tab.
  withOutput(
    bundle('tab', 'es2020', { tab: './bot/tab/index.tsx' }, ['bot/tab/index.html']),
    'dist/tab',
  ),
  previewBundle(),
];

export default config;
