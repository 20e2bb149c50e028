// Bytes to text by the charset a MIME part names, without TextDecoder (absent in Outlook's
// JavaScript-only runtime). "Latin-1" is read as Windows-1252, as mail clients do: Word's curly
// quotes, € and – live in 0x80–0x9F.
import { strFromU8 } from 'fflate';

/** ISO-8859-15 differs from Latin-1 in eight places. */
const LATIN9: Partial<Record<number, string>> = {
  0xa4: '€',
  0xa6: 'Š',
  0xa8: 'š',
  0xb4: 'Ž',
  0xb8: 'ž',
  0xbc: 'Œ',
  0xbd: 'œ',
  0xbe: 'Ÿ',
};

/** Decodes `bytes` as `charset`; unknown or missing charsets are guessed (UTF-8, else 1252). */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const name = (charset ?? '').trim().toLowerCase().replace(/^"|"$/g, '');
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-8') return strFromU8(bytes.subarray(3));
  if (bom) return utf16(bytes.subarray(2), bom === 'utf-16le');
  if (name === 'utf-16le') return utf16(bytes, true);
  if (name === 'utf-16be' || name === 'utf-16') return utf16(bytes, false);
  if (name === 'iso-8859-15' || name === 'latin9' || name === 'latin-9')
    return singleByte(bytes, (code) => LATIN9[code] ?? String.fromCharCode(code));
  if (
    name === 'windows-1252' ||
    name === 'cp1252' ||
    name.startsWith('iso-8859-1') ||
    name === 'latin1' ||
    name === 'us-ascii' ||
    name === 'ascii'
  )
    return singleByte(bytes, windows1252Char);
  if ((name === 'utf-8' || name === 'utf8') && isUtf8(bytes)) return strFromU8(bytes);
  return isUtf8(bytes) ? strFromU8(bytes) : singleByte(bytes, windows1252Char);
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function utf16(bytes: Uint8Array, isLittleEndian: boolean): string {
  const parts: string[] = [];
  const codes: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    codes.push(
      isLittleEndian
        ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8)
        : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0),
    );
    if (codes.length === 8192) {
      parts.push(String.fromCharCode(...codes));
      codes.length = 0;
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

function singleByte(bytes: Uint8Array, charOf: (code: number) => string): string {
  const parts: string[] = [];
  for (const byte of bytes) parts.push(byte < 0x80 ? String.fromCharCode(byte) : charOf(byte));
  return parts.join('');
}

function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return false;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    i += length;
  }
  return true;
}

/** Windows-1252's 0x80–0x9F; the rest of WinAnsi is Latin-1. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function windows1252Char(code: number): string {
  if (code >= 0x80 && code <= 0x9f) {
    const mapped = WINDOWS_1252_HIGH[code - 0x80] ?? 0;
    return mapped ? String.fromCharCode(mapped) : '';
  }
  return String.fromCharCode(code);
}

/** Each byte as the character with that code: the raw form of MIME headers and PDF syntax. */
export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let text = '';
  if (end - start < 32) {
    // Tokens are short: a loop beats spreading a subarray.
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] ?? 0);
    return text;
  }
  for (let i = start; i < end; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  return text;
}
