// PDF's object syntax (ISO 32000-1 §7.3): numbers, names, strings, arrays, dictionaries,
// references and streams, parsed straight from the file's bytes.
import { latin1 } from '../charset';

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export type PdfDict = Map<string, PdfValue>;

export class PdfStream {
  /** The indirect object the stream is, for decryption; -1 inside object streams. */
  objectNum = -1;
  objectGen = 0;
  constructor(
    readonly dict: PdfDict,
    /** The stream's bytes as stored (still encoded, maybe encrypted). */
    readonly raw: Uint8Array,
  ) {}
}

/** Strings stay bytes: their meaning depends on the font (text) or on the encryption. */
export type PdfValue =
  number | boolean | null | PdfName | PdfRef | Uint8Array | PdfValue[] | PdfDict | PdfStream;

/** A keyword the parser met where a value was expected: obj, endobj, stream, R, an operator. */
export class PdfKeyword {
  constructor(readonly word: string) {}
}

/** The bytes PDF's syntax gives a meaning (ISO 32000-1 §7.2.2). */
const Char = {
  Tab: 9,
  LineFeed: 10,
  FormFeed: 12,
  Return: 13,
  Space: 32,
  Percent: 37,
  OpenParen: 40,
  CloseParen: 41,
  Slash: 47,
  Less: 60,
  Greater: 62,
  OpenBracket: 91,
  Backslash: 92,
  CloseBracket: 93,
  OpenBrace: 123,
  CloseBrace: 125,
} as const;

export function isWhitespace(byte: number): boolean {
  return (
    byte === Char.Space ||
    byte === Char.LineFeed ||
    byte === Char.Return ||
    byte === Char.Tab ||
    byte === Char.FormFeed ||
    byte === 0
  );
}

function isDelimiter(byte: number): boolean {
  return (
    byte === Char.OpenParen ||
    byte === Char.CloseParen ||
    byte === Char.Less ||
    byte === Char.Greater ||
    byte === Char.OpenBracket ||
    byte === Char.CloseBracket ||
    byte === Char.OpenBrace ||
    byte === Char.CloseBrace ||
    byte === Char.Slash ||
    byte === Char.Percent
  );
}

class PdfSyntaxError extends Error {}

const MAX_NESTING = 64;

/** Reads values one after another from `bytes`, starting at `position`. */
export class PdfParser {
  constructor(
    readonly bytes: Uint8Array,
    public position = 0,
    /** Resolves a stream's indirect /Length; without it the parser searches for `endstream`. */
    private readonly resolveLength?: (ref: PdfRef) => number | undefined,
  ) {}

  skipSpace(): void {
    const bytes = this.bytes;
    while (this.position < bytes.length) {
      const byte = bytes[this.position] ?? 0;
      if (isWhitespace(byte)) this.position++;
      else if (byte === Char.Percent) {
        while (
          this.position < bytes.length &&
          bytes[this.position] !== Char.LineFeed &&
          bytes[this.position] !== Char.Return
        )
          this.position++;
      } else return;
    }
  }

  isAtEnd(): boolean {
    this.skipSpace();
    return this.position >= this.bytes.length;
  }

  /** The next value; `N G R` becomes a reference, `<<…>> stream` a stream. */
  readValue(depth = 0): PdfValue | PdfKeyword {
    if (depth > MAX_NESTING) throw new PdfSyntaxError('nested too deep');
    this.skipSpace();
    const bytes = this.bytes;
    const byte = bytes[this.position];
    if (byte === undefined) throw new PdfSyntaxError('unexpected end');
    if (byte === Char.Slash) return this.readName();
    if (byte === Char.OpenParen) return this.readLiteralString();
    if (byte === Char.Less) {
      if (bytes[this.position + 1] === Char.Less) return this.readDictOrStream(depth);
      return this.readHexString();
    }
    if (byte === Char.OpenBracket) {
      this.position++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.position >= bytes.length) throw new PdfSyntaxError('unclosed array');
        if (bytes[this.position] === Char.CloseBracket) {
          this.position++;
          return items;
        }
        const item = this.readValue(depth + 1);
        if (item instanceof PdfKeyword) {
          if (item.word === 'R') this.foldReference(items);
          else throw new PdfSyntaxError(`unexpected ${item.word} in array`);
        } else items.push(item);
      }
    }
    const token = this.readRegularToken();
    if (token === '') {
      this.position++; // a stray delimiter such as ')' or '>': skip it
      return new PdfKeyword(String.fromCharCode(byte));
    }
    const first = token.charCodeAt(0);
    if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
      const number = Number(token);
      if (!Number.isNaN(number)) return this.readReferenceAfter(number);
      return 0;
    }
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    return new PdfKeyword(token);
  }

  /** After a number: `N G R` is a reference; otherwise the number alone. */
  private readReferenceAfter(number: number): PdfValue {
    if (!Number.isInteger(number) || number < 0) return number;
    const save = this.position;
    this.skipSpace();
    const gen = this.readRegularToken();
    if (gen !== '' && /^\d{1,5}$/.test(gen)) {
      this.skipSpace();
      const keyword = this.readRegularToken();
      if (keyword === 'R') return new PdfRef(number, Number(gen));
    }
    this.position = save;
    return number;
  }

  /** `[1 0 R]` read token by token inside arrays of operands. */
  private foldReference(items: PdfValue[]): void {
    const gen = items.pop();
    const num = items.pop();
    if (typeof num === 'number' && typeof gen === 'number') items.push(new PdfRef(num, gen));
  }

  private readRegularToken(): string {
    const bytes = this.bytes;
    const start = this.position;
    while (this.position < bytes.length) {
      const byte = bytes[this.position] ?? 0;
      if (isWhitespace(byte) || isDelimiter(byte)) break;
      this.position++;
    }
    return latin1(bytes, start, this.position);
  }

  private readName(): PdfName {
    this.position++;
    const raw = this.readRegularToken();
    if (!raw.includes('#')) return new PdfName(raw);
    let name = '';
    for (let i = 0; i < raw.length; i++) {
      const hex = raw.charAt(i) === '#' ? raw.slice(i + 1, i + 3) : '';
      if (hex.length === 2 && /^[0-9a-f]{2}$/i.test(hex)) {
        name += String.fromCharCode(parseInt(hex, 16));
        i += 2;
      } else name += raw.charAt(i);
    }
    return new PdfName(name);
  }

  private readLiteralString(): Uint8Array {
    const bytes = this.bytes;
    const out: number[] = [];
    let depth = 1;
    this.position++;
    while (this.position < bytes.length) {
      const byte = bytes[this.position++] ?? 0;
      if (byte === Char.OpenParen) depth++;
      else if (byte === Char.CloseParen && --depth === 0) break;
      if (byte !== Char.Backslash) {
        out.push(byte);
        continue;
      }
      const next = bytes[this.position++] ?? 0;
      const escaped = ESCAPES[next];
      if (escaped !== undefined) out.push(escaped);
      else if (next >= 48 && next <= 55) {
        let value = next - 48;
        for (let k = 0; k < 2; k++) {
          const digit = bytes[this.position] ?? 0;
          if (digit < 48 || digit > 55) break;
          value = value * 8 + digit - 48;
          this.position++;
        }
        out.push(value & 0xff);
      } else if (next === Char.Return) {
        if (bytes[this.position] === Char.LineFeed) this.position++;
      } else if (next !== Char.LineFeed) out.push(next);
    }
    return Uint8Array.from(out);
  }

  private readHexString(): Uint8Array {
    const hex = decodeHex(this.bytes, this.position + 1);
    this.position = hex.end;
    return hex.bytes;
  }

  private readDictOrStream(depth: number): PdfDict | PdfStream {
    const bytes = this.bytes;
    this.position += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.position >= bytes.length) throw new PdfSyntaxError('unclosed dictionary');
      if (bytes[this.position] === Char.Greater && bytes[this.position + 1] === Char.Greater) {
        this.position += 2;
        break;
      }
      const key = this.readValue(depth + 1);
      if (!(key instanceof PdfName)) continue; // tolerate junk between entries
      const value = this.readValue(depth + 1);
      if (value instanceof PdfKeyword) continue;
      dict.set(key.name, value);
    }
    const afterDict = this.position;
    this.skipSpace();
    if (!this.startsWith('stream')) {
      this.position = afterDict;
      return dict;
    }
    this.position += 6;
    if (bytes[this.position] === Char.Return) this.position++;
    if (bytes[this.position] === Char.LineFeed) this.position++;
    return new PdfStream(dict, this.readStreamBody(dict));
  }

  private readStreamBody(dict: PdfDict): Uint8Array {
    const start = this.position;
    const declared = dict.get('Length');
    const length =
      typeof declared === 'number'
        ? declared
        : declared instanceof PdfRef
          ? this.resolveLength?.(declared)
          : undefined;
    if (length !== undefined && length >= 0 && start + length <= this.bytes.length) {
      this.position = start + length;
      this.skipSpace();
      if (this.startsWith('endstream')) {
        this.position += 9;
        return this.bytes.subarray(start, start + length);
      }
    }
    // A wrong or unknown /Length: the data runs to the next `endstream`.
    const end = indexOf(this.bytes, ENDSTREAM, start);
    const stop = end === -1 ? this.bytes.length : end;
    let dataEnd = stop;
    if (this.bytes[dataEnd - 1] === Char.LineFeed) dataEnd--;
    if (this.bytes[dataEnd - 1] === Char.Return) dataEnd--;
    this.position = end === -1 ? stop : stop + 9;
    return this.bytes.subarray(start, Math.max(start, dataEnd));
  }

  startsWith(word: string): boolean {
    for (let i = 0; i < word.length; i++)
      if (this.bytes[this.position + i] !== word.charCodeAt(i)) return false;
    return true;
  }
}

const ESCAPES: Partial<Record<number, number>> = {
  110: 10, // \n
  114: 13, // \r
  116: 9, // \t
  98: 8, // \b
  102: 12, // \f
  40: 40,
  41: 41,
  92: 92,
};

const ENDSTREAM = Uint8Array.from('endstream', (char) => char.charCodeAt(0));

/**
 * Hex digits from `from` up to a '>' (whitespace and junk skipped, an odd last digit padded with 0):
 * hex strings and ASCIIHexDecode alike. `end` is just past the '>'.
 */
export function decodeHex(bytes: Uint8Array, from: number): { bytes: Uint8Array; end: number } {
  const out: number[] = [];
  let high = -1;
  let position = from;
  while (position < bytes.length) {
    const byte = bytes[position++] ?? 0;
    if (byte === Char.Greater) break;
    const value = hexValue(byte);
    if (value < 0) continue;
    if (high < 0) high = value;
    else {
      out.push(high * 16 + value);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return { bytes: Uint8Array.from(out), end: position };
}

function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  if (byte >= 65 && byte <= 70) return byte - 55;
  if (byte >= 97 && byte <= 102) return byte - 87;
  return -1;
}

/** The first occurrence of `needle` in `bytes` at or after `from`, or -1. */
export function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first ?? 0, from); i !== -1 && i <= last;) {
    for (let k = 1; k < needle.length; k++) {
      if (bytes[i + k] !== needle[k]) {
        i = bytes.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return i;
  }
  return -1;
}

/** The last occurrence of `needle` in `bytes`, or -1. */
export function lastIndexOf(bytes: Uint8Array, needle: Uint8Array): number {
  for (let i = bytes.length - needle.length; i >= 0; i--) {
    let isMatch = true;
    for (let k = 0; k < needle.length; k++) {
      if (bytes[i + k] !== needle[k]) {
        isMatch = false;
        break;
      }
    }
    if (isMatch) return i;
  }
  return -1;
}

export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

export function nameOf(value: unknown): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}

export function isDict(value: unknown): value is PdfDict {
  return value instanceof Map;
}
