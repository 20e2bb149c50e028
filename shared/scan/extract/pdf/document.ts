// A PDF file as objects: the cross-reference sections (tables and streams, with incremental
// updates through /Prev), object streams, decryption, and a rebuild from the raw bytes when the
// cross-references are broken. Everything decoded is taken from the mail's read budget.
import { latin1 } from '../charset';
import { BudgetExceeded } from '../read-budget';
import { openSecurityHandler, type Decryptor } from './encryption';
import { decodeStream, type Decoded } from './filters';
import {
  asciiBytes,
  indexOf,
  isDict,
  isWhitespace,
  lastIndexOf,
  nameOf,
  PdfKeyword,
  PdfParser,
  PdfRef,
  PdfStream,
  type PdfDict,
  type PdfValue,
} from './objects';

type XrefEntry = { offset: number; gen: number } | { stream: number; index: number };

export type OpenResult =
  | { ok: true; document: PdfDocument }
  | { ok: false; reason: 'damaged' | 'password' | 'unsupported' };

/** Takes `bytes` from the mail's budget; false when they do not fit. */
export type TakeBytes = (bytes: number) => boolean;

const MAX_RESOLVE_DEPTH = 32;
const MAX_XREF_SECTIONS = 256;

export class PdfDocument {
  private readonly xref = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<
    number,
    { data: Uint8Array; offsets: Map<number, number> }
  >();
  private decryptor: Decryptor | undefined;
  private encryptNum = -1;
  trailer: PdfDict = new Map();

  private constructor(
    readonly bytes: Uint8Array,
    private readonly takeBytes: TakeBytes,
  ) {}

  static open(bytes: Uint8Array, takeBytes: TakeBytes): OpenResult {
    const document = new PdfDocument(bytes, takeBytes);
    let hasCatalog = false;
    try {
      document.readCrossReferences();
      hasCatalog = isDict(document.catalog());
    } catch (error) {
      if (error instanceof BudgetExceeded) throw error;
    }
    if (!hasCatalog) {
      document.xref.clear();
      document.cache.clear();
      document.rebuildCrossReferences();
      if (!isDict(document.catalog())) return { ok: false, reason: 'damaged' };
    }
    const encrypt = document.trailer.get('Encrypt');
    if (encrypt !== undefined) {
      if (encrypt instanceof PdfRef) document.encryptNum = encrypt.num;
      const dict = document.resolve(encrypt);
      const ids = document.resolve(document.trailer.get('ID'));
      const firstId = Array.isArray(ids) ? document.resolve(ids[0]) : undefined;
      if (!isDict(dict)) return { ok: false, reason: 'damaged' };
      const security = openSecurityHandler(
        dict,
        firstId instanceof Uint8Array ? firstId : new Uint8Array(0),
        (value) => document.resolve(value),
      );
      if (!security.ok) return { ok: false, reason: security.reason };
      document.decryptor = security.decrypt;
      // Objects read before the key was known were read encrypted.
      document.cache.clear();
      document.objectStreams.clear();
    }
    return { ok: true, document };
  }

  catalog(): PdfValue | undefined {
    return this.resolve(this.trailer.get('Root'));
  }

  /** Follows references to the value they point at; undefined for missing objects. */
  resolve(value: PdfValue | undefined, depth = 0): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    if (depth > MAX_RESOLVE_DEPTH) return undefined;
    return this.resolve(this.object(value.num), depth + 1);
  }

  resolveDict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    if (resolved instanceof PdfStream) return resolved.dict;
    return isDict(resolved) ? resolved : undefined;
  }

  /** A stream's decoded bytes (decrypted, filters applied), at most what the budget allows. */
  streamBytes(stream: PdfStream, limit: number): Decoded {
    const raw =
      this.decryptor && stream.objectNum >= 0 && stream.objectNum !== this.encryptNum
        ? this.decryptor(stream.raw, stream.objectNum, stream.objectGen, true)
        : stream.raw;
    const decoded = decodeStream(raw, stream.dict, limit, (value) => this.resolve(value));
    if (!this.takeBytes(decoded.bytes.length)) throw new BudgetExceeded();
    return decoded;
  }

  private object(num: number): PdfValue | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    this.cache.set(num, null); // a reference cycle reads as null, not as a stack overflow
    const entry = this.xref.get(num);
    let value: PdfValue | undefined;
    try {
      if (entry && 'offset' in entry)
        value = entry.offset >= 0 ? this.readIndirectObject(entry.offset, num) : undefined;
      else if (entry) value = this.readCompressedObject(entry.stream, num);
    } catch (error) {
      if (error instanceof BudgetExceeded) throw error;
      value = undefined;
    }
    this.cache.set(num, value ?? null);
    return value;
  }

  private readIndirectObject(offset: number, expectedNum: number): PdfValue | undefined {
    const parser = this.parserAt(offset);
    const num = parser.readValue();
    const gen = parser.readValue();
    const keyword = parser.readValue();
    if (
      num !== expectedNum ||
      typeof gen !== 'number' ||
      !(keyword instanceof PdfKeyword) ||
      keyword.word !== 'obj'
    )
      return undefined;
    const value = parser.readValue();
    if (value instanceof PdfKeyword) return undefined;
    return this.decryptValue(value, num, gen);
  }

  private readCompressedObject(streamNum: number, num: number): PdfValue | undefined {
    const objectStream = this.objectStream(streamNum);
    const offset = objectStream?.offsets.get(num);
    if (!objectStream || offset === undefined) return undefined;
    const value = new PdfParser(objectStream.data, offset).readValue();
    return value instanceof PdfKeyword ? undefined : value;
  }

  private objectStream(
    streamNum: number,
  ): { data: Uint8Array; offsets: Map<number, number> } | undefined {
    const known = this.objectStreams.get(streamNum);
    if (known) return known;
    const stream = this.resolve(new PdfRef(streamNum, 0));
    if (!(stream instanceof PdfStream)) return undefined;
    const data = this.streamBytes(stream, Number.MAX_SAFE_INTEGER).bytes;
    const count = stream.dict.get('N');
    const first = stream.dict.get('First');
    if (typeof count !== 'number' || typeof first !== 'number') return undefined;
    const header = new PdfParser(data);
    const offsets = new Map<number, number>();
    for (let i = 0; i < count && !header.isAtEnd(); i++) {
      const objectNum = header.readValue();
      const objectOffset = header.readValue();
      if (typeof objectNum === 'number' && typeof objectOffset === 'number')
        offsets.set(objectNum, first + objectOffset);
    }
    const parsed = { data, offsets };
    this.objectStreams.set(streamNum, parsed);
    return parsed;
  }

  private parserAt(offset: number): PdfParser {
    return new PdfParser(this.bytes, offset, (ref) => {
      const length = this.resolve(ref);
      return typeof length === 'number' ? length : undefined;
    });
  }

  /** Strings and streams of encrypted files are decrypted per object (the key mixes in its number). */
  private decryptValue(value: PdfValue, num: number, gen: number): PdfValue {
    if (value instanceof PdfStream) {
      value.objectNum = num;
      value.objectGen = gen;
      if (this.decryptor) this.decryptStrings(value.dict, num, gen);
      return value;
    }
    if (!this.decryptor || num === this.encryptNum) return value;
    if (value instanceof Uint8Array) return this.decryptor(value, num, gen, false);
    this.decryptStrings(value, num, gen);
    return value;
  }

  private decryptStrings(container: PdfValue, num: number, gen: number, depth = 0): void {
    const decrypt = this.decryptor;
    if (!decrypt || depth > 32) return;
    if (Array.isArray(container)) {
      container.forEach((item, i) => {
        if (item instanceof Uint8Array) container[i] = decrypt(item, num, gen, false);
        else this.decryptStrings(item, num, gen, depth + 1);
      });
    } else if (isDict(container)) {
      for (const [key, item] of container) {
        if (item instanceof Uint8Array) container.set(key, decrypt(item, num, gen, false));
        else this.decryptStrings(item, num, gen, depth + 1);
      }
    }
  }

  private readCrossReferences(): void {
    const startxref = lastIndexOf(
      this.bytes.subarray(Math.max(0, this.bytes.length - 4096)),
      asciiBytes('startxref'),
    );
    if (startxref === -1) throw new Error('no startxref');
    const parser = new PdfParser(this.bytes, Math.max(0, this.bytes.length - 4096) + startxref + 9);
    let offset: PdfValue | PdfKeyword | undefined = parser.readValue();
    const seen = new Set<number>();
    let isNewest = true;
    while (typeof offset === 'number' && !seen.has(offset) && seen.size < MAX_XREF_SECTIONS) {
      seen.add(offset);
      const trailer = this.readXrefSection(offset);
      if (isNewest) this.trailer = trailer;
      else
        for (const key of ['Root', 'Encrypt', 'ID'])
          if (!this.trailer.has(key) && trailer.has(key))
            this.trailer.set(key, trailer.get(key) ?? null);
      isNewest = false;
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) {
        seen.add(hybrid);
        this.readXrefSection(hybrid);
      }
      offset = trailer.get('Prev');
    }
  }

  /** Reads one table or stream; entries already known (from a newer update) win. */
  private readXrefSection(offset: number): PdfDict {
    const parser = this.parserAt(offset);
    parser.skipSpace();
    if (parser.startsWith('xref')) {
      parser.position += 4;
      return this.readXrefTable(parser);
    }
    const num = parser.readValue();
    parser.readValue();
    parser.readValue(); // obj
    const stream = parser.readValue();
    if (typeof num !== 'number' || !(stream instanceof PdfStream)) throw new Error('bad xref');
    this.readXrefStream(stream);
    return stream.dict;
  }

  private readXrefTable(parser: PdfParser): PdfDict {
    for (;;) {
      const start = parser.readValue();
      if (start instanceof PdfKeyword && start.word === 'trailer') break;
      const count = parser.readValue();
      if (typeof start !== 'number' || typeof count !== 'number') throw new Error('bad xref table');
      for (let i = 0; i < count; i++) {
        const entryOffset = parser.readValue();
        const gen = parser.readValue();
        const type = parser.readValue();
        if (
          typeof entryOffset !== 'number' ||
          typeof gen !== 'number' ||
          !(type instanceof PdfKeyword)
        )
          throw new Error('bad xref entry');
        const num = start + i;
        if (type.word === 'n' && !this.xref.has(num) && entryOffset > 0)
          this.xref.set(num, { offset: entryOffset, gen });
        else if (type.word === 'f' && !this.xref.has(num) && num > 0)
          this.xref.set(num, { offset: -1, gen });
      }
    }
    const trailer = parser.readValue();
    if (!isDict(trailer)) throw new Error('bad trailer');
    return trailer;
  }

  private readXrefStream(stream: PdfStream): void {
    const widths = stream.dict.get('W');
    const size = stream.dict.get('Size');
    if (!Array.isArray(widths) || typeof size !== 'number') throw new Error('bad xref stream');
    const [w0, w1, w2] = widths.map((width) => (typeof width === 'number' ? width : 0));
    const index = stream.dict.get('Index');
    const ranges = Array.isArray(index)
      ? index.filter((n): n is number => typeof n === 'number')
      : [0, size];
    const data = decodeStream(stream.raw, stream.dict, 64 * 1024 * 1024, (value) => value).bytes;
    const rowLength = (w0 ?? 0) + (w1 ?? 0) + (w2 ?? 0);
    let position = 0;
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const first = ranges[r] ?? 0;
      const count = ranges[r + 1] ?? 0;
      for (let i = 0; i < count && position + rowLength <= data.length; i++) {
        const type = w0 ? readNumber(data, position, w0) : 1;
        const field2 = readNumber(data, position + (w0 ?? 0), w1 ?? 0);
        const field3 = readNumber(data, position + (w0 ?? 0) + (w1 ?? 0), w2 ?? 0);
        position += rowLength;
        const num = first + i;
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { offset: field2, gen: field3 });
        else if (type === 2) this.xref.set(num, { stream: field2, index: field3 });
        else if (type === 0 && num > 0) this.xref.set(num, { offset: -1, gen: 0 });
      }
    }
  }

  /** Damaged cross-references: find every `N G obj` in the file; the last definition wins. */
  private rebuildCrossReferences(): void {
    const marker = asciiBytes('obj');
    const objectStreams: number[] = [];
    for (
      let at = indexOf(this.bytes, marker);
      at !== -1;
      at = indexOf(this.bytes, marker, at + 3)
    ) {
      const start = objectHeaderStart(this.bytes, at);
      if (start === undefined) continue;
      const header = latin1(this.bytes, start, at).trim().split(/\s+/);
      const num = Number(header[0]);
      const gen = Number(header[1]);
      if (!Number.isInteger(num) || !Number.isInteger(gen)) continue;
      this.xref.set(num, { offset: start, gen });
    }
    for (const [num, entry] of [...this.xref]) {
      const value = this.object(num);
      if (value instanceof PdfStream) {
        const type = nameOf(value.dict.get('Type'));
        if (type === 'ObjStm') objectStreams.push(num);
        if (type === 'XRef' && value.dict.has('Root')) this.trailer = value.dict;
      } else if (
        isDict(value) &&
        nameOf(value.get('Type')) === 'Catalog' &&
        !this.trailer.has('Root')
      ) {
        this.trailer.set('Root', new PdfRef(num, 'gen' in entry ? entry.gen : 0));
      }
    }
    this.readLastTrailer();
    for (const streamNum of objectStreams) {
      const parsed = this.objectStream(streamNum);
      for (const [num] of parsed?.offsets ?? []) {
        if (!this.xref.has(num)) this.xref.set(num, { stream: streamNum, index: 0 });
      }
    }
    this.cache.clear();
  }

  private readLastTrailer(): void {
    const at = lastIndexOf(this.bytes, asciiBytes('trailer'));
    if (at === -1) return;
    try {
      const trailer = new PdfParser(this.bytes, at + 7).readValue();
      if (isDict(trailer)) for (const [key, value] of trailer) this.trailer.set(key, value);
    } catch {
      // keep what the objects told us
    }
  }
}

/** Where `N G ` before `obj` at `at` starts, if that is what precedes it. */
function objectHeaderStart(bytes: Uint8Array, at: number): number | undefined {
  let i = at - 1;
  let fields = 0;
  while (fields < 2) {
    while (i >= 0 && isWhitespace(bytes[i] ?? 0)) i--;
    const end = i;
    while (i >= 0 && (bytes[i] ?? 0) >= 48 && (bytes[i] ?? 0) <= 57) i--;
    if (i === end) return undefined;
    fields++;
  }
  if (i >= 0 && !isWhitespace(bytes[i] ?? 0)) return undefined;
  return i + 1;
}

function readNumber(data: Uint8Array, offset: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + (data[offset + i] ?? 0);
  return value;
}
