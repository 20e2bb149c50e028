// PDF's standard security handler (ISO 32000-1 §7.6.3, ISO 32000-2 for AES-256): opens documents
// that need no password to read (an empty user password, the "owner password only" case) and
// tells the ones that do. Revisions 2–4 (RC4, AES-128), 5 and 6 (AES-256).
import { aesCbcDecrypt, aesCbcEncrypt } from './ciphers/aes';
import { md5 } from './ciphers/md5';
import { rc4 } from './ciphers/rc4';
import { sha256 } from './ciphers/sha256';
import { sha384, sha512 } from './ciphers/sha512';
import { isDict, nameOf, type PdfDict, type PdfValue } from './objects';

/** Decrypts the strings and streams of object `num gen`. */
export type Decryptor = (
  data: Uint8Array,
  num: number,
  gen: number,
  isStream: boolean,
) => Uint8Array;

export type SecurityResult =
  { ok: true; decrypt: Decryptor } | { ok: false; reason: 'password' | 'unsupported' };

const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

type Method = 'none' | 'rc4' | 'aes';

export function openSecurityHandler(
  encrypt: PdfDict,
  fileId: Uint8Array,
  resolve: (value: PdfValue | undefined) => PdfValue | undefined,
): SecurityResult {
  if (nameOf(resolve(encrypt.get('Filter'))) !== 'Standard')
    return { ok: false, reason: 'unsupported' };
  const version = numberOf(resolve(encrypt.get('V')));
  const revision = numberOf(resolve(encrypt.get('R')));
  const owner = bytesOf(resolve(encrypt.get('O')));
  const user = bytesOf(resolve(encrypt.get('U')));
  const permissions = numberOf(resolve(encrypt.get('P')));
  const encryptMetadata = resolve(encrypt.get('EncryptMetadata')) !== false;
  const { stringMethod, streamMethod } = cryptMethods(encrypt, version, resolve);
  if (revision >= 5) {
    const key = aes256Key(user, bytesOf(resolve(encrypt.get('UE'))), revision);
    if (!key) return { ok: false, reason: 'password' };
    return { ok: true, decrypt: objectDecryptor(key, stringMethod, streamMethod, true) };
  }
  const lengthBits = version === 1 ? 40 : numberOf(resolve(encrypt.get('Length'))) || 40;
  const keyLength = revision === 2 ? 5 : Math.min(16, Math.max(5, lengthBits / 8));
  const key = revision4Key(owner, permissions, fileId, revision, keyLength, encryptMetadata);
  if (!isUserPassword(key, user, fileId, revision)) return { ok: false, reason: 'password' };
  return { ok: true, decrypt: objectDecryptor(key, stringMethod, streamMethod, false) };
}

function cryptMethods(
  encrypt: PdfDict,
  version: number,
  resolve: (value: PdfValue | undefined) => PdfValue | undefined,
): { stringMethod: Method; streamMethod: Method } {
  if (version < 4) return { stringMethod: 'rc4', streamMethod: 'rc4' };
  const filters = resolve(encrypt.get('CF'));
  const methodOf = (filterName: string | undefined): Method => {
    if (filterName === 'Identity' || filterName === undefined) return 'none';
    const filter = isDict(filters) ? resolve(filters.get(filterName)) : undefined;
    const method = isDict(filter) ? nameOf(resolve(filter.get('CFM'))) : undefined;
    if (method === 'AESV2' || method === 'AESV3') return 'aes';
    if (method === 'V2') return 'rc4';
    return 'none';
  };
  return {
    stringMethod: methodOf(nameOf(resolve(encrypt.get('StrF')))),
    streamMethod: methodOf(nameOf(resolve(encrypt.get('StmF')))),
  };
}

/** Algorithm 2: the file key from the empty user password. */
function revision4Key(
  owner: Uint8Array,
  permissions: number,
  fileId: Uint8Array,
  revision: number,
  keyLength: number,
  encryptMetadata: boolean,
): Uint8Array {
  const p = permissions >>> 0;
  const parts = [
    PASSWORD_PADDING,
    owner.subarray(0, 32),
    Uint8Array.from([p & 0xff, (p >>> 8) & 0xff, (p >>> 16) & 0xff, (p >>> 24) & 0xff]),
    fileId,
  ];
  if (revision >= 4 && !encryptMetadata) parts.push(Uint8Array.from([0xff, 0xff, 0xff, 0xff]));
  let hash = md5(join(parts));
  if (revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, keyLength));
  return hash.subarray(0, keyLength);
}

/** Algorithms 4 and 5: the key is right when it reproduces /U. */
function isUserPassword(
  key: Uint8Array,
  user: Uint8Array,
  fileId: Uint8Array,
  revision: number,
): boolean {
  if (revision === 2) return equalBytes(rc4(key, PASSWORD_PADDING), user.subarray(0, 32));
  let value = rc4(key, md5(join([PASSWORD_PADDING, fileId])));
  for (let i = 1; i <= 19; i++)
    value = rc4(
      key.map((byte) => byte ^ i),
      value,
    );
  return equalBytes(value, user.subarray(0, 16));
}

/** Revisions 5 and 6 (AES-256): the empty password hashed with /U's salts must give /U's hash. */
function aes256Key(
  user: Uint8Array,
  userKey: Uint8Array,
  revision: number,
): Uint8Array | undefined {
  if (user.length < 48 || userKey.length < 32) return undefined;
  const hash = revision === 5 ? sha256 : revision6Hash;
  if (!equalBytes(hash(user.subarray(32, 40)), user.subarray(0, 32))) return undefined;
  return aesCbcDecrypt(
    hash(user.subarray(40, 48)),
    new Uint8Array(16),
    userKey.subarray(0, 32),
    false,
  );
}

/** ISO 32000-2 algorithm 2.B for the empty user password: rounds of AES-128 and SHA-2. */
function revision6Hash(salt: Uint8Array): Uint8Array {
  let key = sha256(salt);
  for (let round = 0; ; round++) {
    const block = new Uint8Array(key.length * 64);
    for (let i = 0; i < 64; i++) block.set(key, i * key.length);
    const encrypted = aesCbcEncrypt(key.subarray(0, 16), key.subarray(16, 32), block);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += encrypted[i] ?? 0;
    key = [sha256, sha384, sha512][sum % 3]?.(encrypted) ?? sha256(encrypted);
    if (round >= 63 && (encrypted[encrypted.length - 1] ?? 0) <= round - 31) break;
  }
  return key.subarray(0, 32);
}

function objectDecryptor(
  fileKey: Uint8Array,
  stringMethod: Method,
  streamMethod: Method,
  isAes256: boolean,
): Decryptor {
  return (data, num, gen, isStream) => {
    const method = isStream ? streamMethod : stringMethod;
    if (method === 'none') return data;
    const key = isAes256 ? fileKey : objectKey(fileKey, num, gen, method === 'aes');
    if (method === 'rc4') return rc4(key, data);
    if (data.length < 32) return new Uint8Array(0);
    return aesCbcDecrypt(key, data.subarray(0, 16), data.subarray(16));
  };
}

/** Algorithm 1: the key for one object. */
function objectKey(fileKey: Uint8Array, num: number, gen: number, isAes: boolean): Uint8Array {
  const parts = [
    fileKey,
    Uint8Array.from([
      num & 0xff,
      (num >>> 8) & 0xff,
      (num >>> 16) & 0xff,
      gen & 0xff,
      (gen >>> 8) & 0xff,
    ]),
  ];
  if (isAes) parts.push(Uint8Array.from([0x73, 0x41, 0x6c, 0x54])); // "sAlT"
  return md5(join(parts)).subarray(0, Math.min(16, fileKey.length + 5));
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function numberOf(value: PdfValue | undefined): number {
  return typeof value === 'number' ? value : 0;
}

function bytesOf(value: PdfValue | undefined): Uint8Array {
  return value instanceof Uint8Array ? value : new Uint8Array(0);
}
