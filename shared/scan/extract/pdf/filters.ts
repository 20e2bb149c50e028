// Stream filters (ISO 32000-1 §7.4): FlateDecode with PNG/TIFF predictors, LZWDecode,
// ASCIIHexDecode, ASCII85Decode and RunLengthDecode. Image codecs (DCT, JPX, CCITT, JBIG2) are
// not decoded: their streams hold pictures, not text.
import { concat, inflateZlibBounded } from '../inflate-bounded';
import { decodeHex, isDict, isWhitespace, nameOf, type PdfDict, type PdfValue } from './objects';

const IMAGE_FILTERS = new Set([
  'DCTDecode',
  'DCT',
  'JPXDecode',
  'CCITTFaxDecode',
  'CCF',
  'JBIG2Decode',
]);

export interface Decoded {
  bytes: Uint8Array;
  /** False when the data was cut at the limit or broke off. */
  isComplete: boolean;
}

/** Applies the stream's filters in order, never producing more than `limit` bytes. */
export function decodeStream(
  raw: Uint8Array,
  dict: PdfDict,
  limit: number,
  resolve: (value: PdfValue | undefined) => PdfValue | undefined,
): Decoded {
  const filterValue = resolve(dict.get('Filter') ?? dict.get('F'));
  const paramsValue = resolve(dict.get('DecodeParms') ?? dict.get('DP'));
  const filters = Array.isArray(filterValue)
    ? filterValue.map((f) => nameOf(resolve(f)))
    : [nameOf(filterValue)];
  const params = Array.isArray(paramsValue) ? paramsValue.map(resolve) : [paramsValue];
  let bytes = raw;
  let isComplete = true;
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i];
    if (filter === undefined) continue;
    const param = params[i];
    const decoded = applyFilter(filter, bytes, limit, isDict(param) ? param : undefined);
    bytes = decoded.bytes;
    isComplete &&= decoded.isComplete;
  }
  return { bytes, isComplete };
}

function applyFilter(
  filter: string,
  bytes: Uint8Array,
  limit: number,
  params: PdfDict | undefined,
): Decoded {
  switch (filter) {
    case 'FlateDecode':
    case 'Fl': {
      const inflated = inflateZlibBounded(bytes, limit);
      return { bytes: unpredict(inflated.bytes, params), isComplete: inflated.isComplete };
    }
    case 'LZWDecode':
    case 'LZW': {
      const early = params?.get('EarlyChange');
      const decoded = lzwDecode(bytes, limit, early !== 0);
      return { bytes: unpredict(decoded.bytes, params), isComplete: decoded.isComplete };
    }
    case 'ASCIIHexDecode':
    case 'AHx':
      return { bytes: decodeHex(bytes, 0).bytes, isComplete: true };
    case 'ASCII85Decode':
    case 'A85':
      return { bytes: ascii85Decode(bytes), isComplete: true };
    case 'RunLengthDecode':
    case 'RL':
      return runLengthDecode(bytes, limit);
    default:
      // Image codecs and unknown filters: the bytes are not text.
      return { bytes: new Uint8Array(0), isComplete: IMAGE_FILTERS.has(filter) };
  }
}

/** PNG predictors (10–15) row by row, and TIFF predictor 2; used by xref and object streams. */
function unpredict(bytes: Uint8Array, params: PdfDict | undefined): Uint8Array {
  const predictor = params?.get('Predictor');
  if (typeof predictor !== 'number' || predictor < 2) return bytes;
  const colors = numberOr(params?.get('Colors'), 1);
  const bitsPerComponent = numberOr(params?.get('BitsPerComponent'), 8);
  const columns = numberOr(params?.get('Columns'), 1);
  const pixelBytes = Math.max(1, Math.ceil((colors * bitsPerComponent) / 8));
  const rowBytes = Math.ceil((colors * bitsPerComponent * columns) / 8);
  if (predictor === 2) {
    const out = bytes.slice();
    for (let row = 0; row < out.length; row += rowBytes)
      for (let i = row + pixelBytes; i < Math.min(row + rowBytes, out.length); i++)
        out[i] = ((out[i] ?? 0) + (out[i - pixelBytes] ?? 0)) & 0xff;
    return out;
  }
  const rows = Math.floor(bytes.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  for (let row = 0; row < rows; row++) {
    const type = bytes[row * (rowBytes + 1)] ?? 0;
    const source = row * (rowBytes + 1) + 1;
    const target = row * rowBytes;
    for (let i = 0; i < rowBytes; i++) {
      const raw = bytes[source + i] ?? 0;
      const left = i >= pixelBytes ? (out[target + i - pixelBytes] ?? 0) : 0;
      const up = row > 0 ? (out[target + i - rowBytes] ?? 0) : 0;
      const upLeft =
        row > 0 && i >= pixelBytes ? (out[target + i - rowBytes - pixelBytes] ?? 0) : 0;
      out[target + i] = (raw + predict(type, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predict(type: number, left: number, up: number, upLeft: number): number {
  switch (type) {
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const toLeft = Math.abs(estimate - left);
      const toUp = Math.abs(estimate - up);
      const toUpLeft = Math.abs(estimate - upLeft);
      if (toLeft <= toUp && toLeft <= toUpLeft) return left;
      return toUp <= toUpLeft ? up : upLeft;
    }
    default:
      return 0;
  }
}

function numberOr(value: PdfValue | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function ascii85Decode(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  const group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (group[k] ?? 84);
    for (let k = 0; k < count - 1; k++) out.push((value >>> (24 - 8 * k)) & 0xff);
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 126) break; // '~>' ends the data
    if (isWhitespace(byte)) continue;
    if (byte === 122 && group.length === 0) {
      out.push(0, 0, 0, 0); // 'z'
      continue;
    }
    if (byte < 33 || byte > 117) continue;
    group.push(byte - 33);
    if (group.length === 5) {
      flush(5);
      group.length = 0;
    }
  }
  if (group.length > 1) flush(group.length);
  return Uint8Array.from(out);
}

function runLengthDecode(bytes: Uint8Array, limit: number): Decoded {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < bytes.length;) {
    const length = bytes[i] ?? 128;
    if (length === 128) break;
    const chunk =
      length < 128
        ? bytes.subarray(i + 1, i + 2 + length)
        : new Uint8Array(257 - length).fill(bytes[i + 1] ?? 0);
    i += length < 128 ? length + 2 : 2;
    if (total + chunk.length > limit) return { bytes: concat(chunks, total), isComplete: false };
    chunks.push(chunk);
    total += chunk.length;
  }
  return { bytes: concat(chunks, total), isComplete: true };
}

function lzwDecode(bytes: Uint8Array, limit: number, isEarlyChange: boolean): Decoded {
  const out: number[] = [];
  let dictionary: number[][] = [];
  const reset = () => {
    dictionary = [];
    for (let i = 0; i < 256; i++) dictionary.push([i]);
    dictionary.push([], []); // 256 clear, 257 end of data
  };
  reset();
  let codeLength = 9;
  let bitBuffer = 0;
  let bitCount = 0;
  let previous: number[] | undefined;
  for (const byte of bytes) {
    bitBuffer = ((bitBuffer << 8) | byte) & 0xffffff;
    bitCount += 8;
    while (bitCount >= codeLength) {
      const code = (bitBuffer >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
      bitCount -= codeLength;
      if (code === 256) {
        reset();
        codeLength = 9;
        previous = undefined;
        continue;
      }
      if (code === 257) return { bytes: Uint8Array.from(out), isComplete: true };
      const entry =
        dictionary[code] ??
        (previous && code === dictionary.length ? [...previous, previous[0] ?? 0] : undefined);
      if (!entry) return { bytes: Uint8Array.from(out), isComplete: false };
      if (out.length + entry.length > limit)
        return { bytes: Uint8Array.from(out), isComplete: false };
      out.push(...entry);
      if (previous && dictionary.length < 4096) dictionary.push([...previous, entry[0] ?? 0]);
      previous = entry;
      const next = dictionary.length + (isEarlyChange ? 1 : 0);
      if (next > 511 && codeLength === 9) codeLength = 10;
      else if (next > 1023 && codeLength === 10) codeLength = 11;
      else if (next > 2047 && codeLength === 11) codeLength = 12;
    }
  }
  return { bytes: Uint8Array.from(out), isComplete: true };
}
