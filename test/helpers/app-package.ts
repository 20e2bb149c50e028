// Reads and checks what `npm run package` wrote: runs the real command, unzips the package, reads
// PNG files and validates the manifests offline against the schemas @microsoft/app-manifest ships.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils, type TeamsManifestV1D27 } from '@microsoft/app-manifest';
import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import { MANIFEST_VERSION } from '../../manifest/package-layout';

const ROOT = path.resolve(__dirname, '../..');

/** The variables an admin sets, with made-up ids. */
export const PACKAGE_ENV = {
  PRIVACYWACHT_APP_ID: '0b4c6f3e-2d1a-4e8f-9c7b-5a6d3e2f1c0b',
  MicrosoftAppId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  PRIVACYWACHT_PUBLIC_URL: 'https://privacywacht.kindante.nl',
  PRIVACYWACHT_CONFIG: path.join(ROOT, 'privacywacht.config.json'),
};

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run package -- --out DIR`, as the admin runs it (tsx, no npm in between). */
export function runPackageCommand(outDir: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const clean = { ...process.env };
  for (const name of Object.keys(PACKAGE_ENV)) delete clean[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        path.join(ROOT, 'manifest/build-package.ts'),
        '--out',
        outDir,
      ],
      { cwd: ROOT, env: { ...clean, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export function readZip(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

export function readJson<T>(bytes: Uint8Array | undefined): T {
  if (!bytes) throw new Error('file missing');
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
}

export type UnifiedManifest = TeamsManifestV1D27.TeamsManifestV1D27;

function packagedSchema(name: string): Record<string, unknown> {
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/${name}`,
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Errors against the manifest schema of our manifest version, with the package's own validator. */
export function validateManifestSchema(manifest: UnifiedManifest): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(
    manifest,
    packagedSchema('MicrosoftTeams.schema.json') as never,
  );
}

/** Errors against the localization file schema (its patterns need non-unicode regular expressions). */
export function validateLocalizationSchema(strings: unknown): string[] {
  const { $schema: _draft, ...schema } = packagedSchema('MicrosoftTeams.Localization.schema.json');
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
    validateFormats: false,
  });
  const validate = ajv.compile(schema);
  return validate(strings)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

export interface Png {
  width: number;
  height: number;
  colorType: number;
  /** RGBA, row by row (colour type 6 only). */
  pixels: Uint8Array;
}

/** Reads a PNG file's header and, for 8-bit RGBA, its pixels. */
export function readPng(bytes: Uint8Array): Png {
  const buffer = Buffer.from(bytes);
  if (buffer.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const colorType = buffer.readUInt8(25);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const pixels =
    colorType === 6 ? unfilter(inflateSync(Buffer.concat(idat)), width, height) : new Uint8Array();
  return { width, height, colorType, pixels };
}

/** Undoes PNG's per-row filters for 4 bytes per pixel. */
function unfilter(data: Buffer, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (out[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (out[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Every web address in a JSON value, except the `$schema` references. */
export function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      key === '$schema' ? [] : urlsIn(inner),
    );
  return [];
}
