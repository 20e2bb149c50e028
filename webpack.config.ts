// Builds the add-in's scripts. Classic Outlook's JavaScript-only runtime needs one self-contained
// file per entry: no chunks, no dynamic imports, ES2016-level syntax (DESIGN.md, outlook-platform).
// The organisation's configuration is validated here and inlined, so a bad config fails the build.
import path from 'node:path';
import webpack, { type Configuration } from 'webpack';
import { loadConfig, resolveConfigPath } from './bot/config/load-config';

const ES2016 = {
  jsc: { target: 'es2016', parser: { syntax: 'typescript' } },
  module: { type: 'es6' },
};

function organisationConfig(): string {
  const loaded = loadConfig(resolveConfigPath(undefined));
  if (!loaded.ok) throw new Error(`Cannot build the add-in:\n${loaded.errors.join('\n')}`);
  return JSON.stringify(loaded.config);
}

const config: Configuration = {
  mode: 'production',
  target: ['web', 'es2016'],
  entry: {
    // The Smart Alerts event handlers (OnMessageSend).
    events: './addin/launchevent/events.ts',
    // The engine alone, for the benchmark and for pages that scan without Office.
    'scan-engine': {
      import: './addin/engine/scan-engine.ts',
      library: { name: 'PrivacywachtEngine', type: 'var' },
    },
  },
  output: {
    path: path.resolve(__dirname, 'dist/addin'),
    filename: '[name].js',
    chunkFormat: false,
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      // Our TypeScript and the libraries' modern JavaScript both come down to ES2016.
      { test: /\.[cm]?[jt]s$/, use: { loader: 'swc-loader', options: ES2016 } },
    ],
  },
  plugins: [new webpack.DefinePlugin({ PRIVACYWACHT_CONFIG: organisationConfig() })],
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
  devtool: false,
};

export default config;
