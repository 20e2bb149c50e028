// Builds the add-in's scripts. Classic Outlook's JavaScript-only runtime needs one self-contained
// file per entry: no chunks, no dynamic imports, ES2016-level syntax (DESIGN.md, outlook-platform).
import path from 'node:path';
import type { Configuration } from 'webpack';

const ES2016 = {
  jsc: { target: 'es2016', parser: { syntax: 'typescript' } },
  module: { type: 'es6' },
};

const config: Configuration = {
  mode: 'production',
  target: ['web', 'es2016'],
  entry: { 'scan-engine': './addin/engine/scan-engine.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/addin'),
    filename: '[name].js',
    library: { name: 'PrivacywachtEngine', type: 'var' },
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
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
  devtool: false,
};

export default config;
