// Reads entries of a zip (docx, xlsx, odt, ods) within the mail's budget: sizes are checked from
// the central directory before anything is unpacked, and the inflater stops at the declared size,
// so an entry that lies about its size is cut off there and reported, never inflated past it.
import { strFromU8 } from 'fflate';
import { inflateDeclared } from './inflate-bounded';
import type { ReadBudget } from './read-budget';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

export type ZipProblem = 'over-budget' | 'truncated' | 'damaged';

export interface ZipReading {
  parts: Map<string, string>;
  problems: ZipProblem[];
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The central directory's entries; undefined when the bytes are not a zip. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end === -1) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER)
      return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      name: strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      declaredSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Unpacks the wanted entries as UTF-8 text, in directory order, while the budget lasts. */
export function readZipTexts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  budget: ReadBudget,
  perFileLimit: number,
): ZipReading {
  const reading: ZipReading = { parts: new Map(), problems: [] };
  const entries = zipEntries(bytes);
  if (!entries) {
    reading.problems.push('damaged');
    return reading;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fileBytesLeft = perFileLimit;
  for (const entry of entries.filter((candidate) => wanted(candidate.name))) {
    if (entry.declaredSize > fileBytesLeft) {
      reading.problems.push('truncated');
      continue;
    }
    if (!budget.takePart() || !budget.takeBytes(entry.declaredSize)) {
      reading.problems.push('over-budget');
      break;
    }
    fileBytesLeft -= entry.declaredSize;
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
      reading.problems.push('damaged');
      continue;
    }
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === 0) {
      reading.parts.set(entry.name, strFromU8(data.subarray(0, entry.declaredSize)));
      continue;
    }
    if (entry.method !== 8) {
      reading.problems.push('damaged');
      continue;
    }
    // One byte past the declared size tells a lying entry from an honest one.
    const inflated = inflateDeclared(data, entry.declaredSize);
    if (inflated.bytes.length > entry.declaredSize) reading.problems.push('truncated');
    else if (!inflated.isComplete) reading.problems.push('damaged');
    reading.parts.set(entry.name, strFromU8(inflated.bytes.subarray(0, entry.declaredSize)));
  }
  return reading;
}
