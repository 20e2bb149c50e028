// DEFLATE with a ceiling: stops once the output would pass `limit`, so a small entry that
// unpacks to gigabytes (or lies about its size) costs at most `limit` bytes of memory.
import { Inflate, inflateSync } from 'fflate';

/** DEFLATE cannot expand more than about 1032 times; below this the output fits for sure. */
const MAX_DEFLATE_RATIO = 1032;
const CHUNK = 4096;

export interface Inflated {
  bytes: Uint8Array;
  /** False when the output was cut at the limit or the data broke off; bytes hold what came out. */
  isComplete: boolean;
}

/** Inflates raw DEFLATE data (no zlib header). */
function inflateBounded(data: Uint8Array, limit: number): Inflated {
  if (data.length * MAX_DEFLATE_RATIO <= limit) {
    try {
      return { bytes: inflateSync(data), isComplete: true };
    } catch {
      // fall through: the streaming path keeps what came out before the damage
    }
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isOverLimit = false;
  const inflater = new Inflate((chunk) => {
    if (isOverLimit) return;
    if (total + chunk.length > limit) {
      chunks.push(chunk.subarray(0, limit - total));
      total = limit;
      isOverLimit = true;
      return;
    }
    chunks.push(chunk);
    total += chunk.length;
  });
  let isComplete = true;
  try {
    for (let offset = 0; offset < data.length && !isOverLimit; offset += CHUNK) {
      const end = Math.min(data.length, offset + CHUNK);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
  } catch {
    isComplete = false;
  }
  return { bytes: concat(chunks, total), isComplete: isComplete && !isOverLimit };
}

/**
 * A zip entry's output, at most this many times its declared size, is inflated in one pass; past
 * it, the stream is read in steps so that a lying entry stops early.
 */
const ONE_PASS_WORK = 4;

/**
 * Inflates a zip entry whose declared size the read budget has already allowed: one pass into a
 * buffer of that size plus one byte (which tells a lying entry from an honest one), with no
 * growing and copying of buffers as the stream goes. Output past the buffer is dropped.
 */
export function inflateDeclared(data: Uint8Array, declaredSize: number): Inflated {
  const limit = declaredSize + 1;
  if (data.length * MAX_DEFLATE_RATIO > limit * ONE_PASS_WORK) return inflateBounded(data, limit);
  try {
    const bytes = inflateSync(data, { out: new Uint8Array(limit) });
    return { bytes, isComplete: bytes.length < limit };
  } catch {
    return inflateBounded(data, limit);
  }
}

/** Inflates zlib-wrapped data (PDF's FlateDecode); a broken header is read as raw DEFLATE. */
export function inflateZlibBounded(data: Uint8Array, limit: number): Inflated {
  const hasZlibHeader =
    data.length > 2 &&
    ((data[0] ?? 0) & 0x0f) === 8 &&
    (((data[0] ?? 0) << 8) | (data[1] ?? 0)) % 31 === 0;
  return inflateBounded(hasZlibHeader ? data.subarray(2) : data, limit);
}

export function concat(chunks: readonly Uint8Array[], total?: number): Uint8Array {
  const length = total ?? chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk.subarray(0, length - offset), offset);
    offset += chunk.length;
    if (offset >= length) break;
  }
  return out;
}
