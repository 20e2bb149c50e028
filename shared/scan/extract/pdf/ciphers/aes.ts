// AES (FIPS 197) in CBC mode, 128- and 256-bit keys: PDF's AESV2 and AESV3 crypt filters.
// Table-free and small; speed is not the point, opening owner-password-only PDFs is.

const SBOX = new Uint8Array(256);
const INVERSE_SBOX = new Uint8Array(256);
(function buildSboxes() {
  let p = 1;
  let q = 1;
  do {
    p = p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const rotated = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4);
    SBOX[p] = (rotated ^ 0x63) & 0xff;
  } while (p !== 1);
  SBOX[0] = 0x63;
  for (let i = 0; i < 256; i++) INVERSE_SBOX[SBOX[i] ?? 0] = i;
})();

function rotl8(x: number, shift: number): number {
  return ((x << shift) | (x >> (8 - shift))) & 0xff;
}

function xtime(x: number): number {
  return ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;
}

function multiply(x: number, y: number): number {
  let result = 0;
  for (let a = x, b = y; b > 0; b >>= 1, a = xtime(a)) if (b & 1) result ^= a;
  return result;
}

/** Products in GF(2^8) by the MixColumns factors, looked up instead of computed per byte. */
const TIMES = Object.fromEntries(
  [2, 3, 9, 11, 13, 14].map((factor) => [
    factor,
    Uint8Array.from({ length: 256 }, (_, x) => multiply(x, factor)),
  ]),
) as Record<2 | 3 | 9 | 11 | 13 | 14, Uint8Array>;
const [T2, T3, T9, T11, T13, T14] = [TIMES[2], TIMES[3], TIMES[9], TIMES[11], TIMES[13], TIMES[14]];

function expandKey(key: Uint8Array): Uint8Array {
  const words = key.length / 4;
  const rounds = words + 6;
  const expanded = new Uint8Array(16 * (rounds + 1));
  expanded.set(key);
  let rcon = 1;
  for (let i = words; i < 4 * (rounds + 1); i++) {
    const temp = new Uint8Array(expanded.subarray((i - 1) * 4, i * 4));
    if (i % words === 0) {
      const first = temp[0] ?? 0;
      temp[0] = (SBOX[temp[1] ?? 0] ?? 0) ^ rcon;
      temp[1] = SBOX[temp[2] ?? 0] ?? 0;
      temp[2] = SBOX[temp[3] ?? 0] ?? 0;
      temp[3] = SBOX[first] ?? 0;
      rcon = xtime(rcon);
    } else if (words > 6 && i % words === 4) {
      for (let k = 0; k < 4; k++) temp[k] = SBOX[temp[k] ?? 0] ?? 0;
    }
    for (let k = 0; k < 4; k++)
      expanded[i * 4 + k] = (expanded[(i - words) * 4 + k] ?? 0) ^ (temp[k] ?? 0);
  }
  return expanded;
}

function addRoundKey(state: Uint8Array, keys: Uint8Array, round: number): void {
  for (let i = 0; i < 16; i++) state[i] = (state[i] ?? 0) ^ (keys[round * 16 + i] ?? 0);
}

function decryptBlock(block: Uint8Array, keys: Uint8Array, rounds: number): Uint8Array {
  const state = new Uint8Array(block);
  addRoundKey(state, keys, rounds);
  for (let round = rounds - 1; round >= 0; round--) {
    // inverse shift rows
    const copy = new Uint8Array(state);
    for (let row = 1; row < 4; row++)
      for (let column = 0; column < 4; column++)
        state[((column + row) % 4) * 4 + row] = copy[column * 4 + row] ?? 0;
    for (let i = 0; i < 16; i++) state[i] = INVERSE_SBOX[state[i] ?? 0] ?? 0;
    addRoundKey(state, keys, round);
    if (round > 0) {
      for (let column = 0; column < 16; column += 4) {
        const a = state[column] ?? 0;
        const b = state[column + 1] ?? 0;
        const c = state[column + 2] ?? 0;
        const d = state[column + 3] ?? 0;
        state[column] = (T14[a] ?? 0) ^ (T11[b] ?? 0) ^ (T13[c] ?? 0) ^ (T9[d] ?? 0);
        state[column + 1] = (T9[a] ?? 0) ^ (T14[b] ?? 0) ^ (T11[c] ?? 0) ^ (T13[d] ?? 0);
        state[column + 2] = (T13[a] ?? 0) ^ (T9[b] ?? 0) ^ (T14[c] ?? 0) ^ (T11[d] ?? 0);
        state[column + 3] = (T11[a] ?? 0) ^ (T13[b] ?? 0) ^ (T9[c] ?? 0) ^ (T14[d] ?? 0);
      }
    }
  }
  return state;
}

function encryptBlock(block: Uint8Array, keys: Uint8Array, rounds: number): Uint8Array {
  const state = new Uint8Array(block);
  addRoundKey(state, keys, 0);
  for (let round = 1; round <= rounds; round++) {
    for (let i = 0; i < 16; i++) state[i] = SBOX[state[i] ?? 0] ?? 0;
    const copy = new Uint8Array(state);
    for (let row = 1; row < 4; row++)
      for (let column = 0; column < 4; column++)
        state[column * 4 + row] = copy[((column + row) % 4) * 4 + row] ?? 0;
    if (round < rounds) {
      for (let column = 0; column < 16; column += 4) {
        const a = state[column] ?? 0;
        const b = state[column + 1] ?? 0;
        const c = state[column + 2] ?? 0;
        const d = state[column + 3] ?? 0;
        state[column] = (T2[a] ?? 0) ^ (T3[b] ?? 0) ^ c ^ d;
        state[column + 1] = a ^ (T2[b] ?? 0) ^ (T3[c] ?? 0) ^ d;
        state[column + 2] = a ^ b ^ (T2[c] ?? 0) ^ (T3[d] ?? 0);
        state[column + 3] = (T3[a] ?? 0) ^ b ^ c ^ (T2[d] ?? 0);
      }
    }
    addRoundKey(state, keys, round);
  }
  return state;
}

/** CBC decryption; with `hasPadding`, the PKCS#5 padding is removed (lenient when it is bad). */
export function aesCbcDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  hasPadding = true,
): Uint8Array {
  const keys = expandKey(key);
  const rounds = key.length / 4 + 6;
  const blocks = Math.floor(data.length / 16);
  const out = new Uint8Array(blocks * 16);
  let previous = iv;
  for (let b = 0; b < blocks; b++) {
    const block = data.subarray(b * 16, b * 16 + 16);
    const plain = decryptBlock(block, keys, rounds);
    for (let i = 0; i < 16; i++) out[b * 16 + i] = (plain[i] ?? 0) ^ (previous[i] ?? 0);
    previous = block;
  }
  if (!hasPadding || out.length === 0) return out;
  const pad = out[out.length - 1] ?? 0;
  return pad >= 1 && pad <= 16 ? out.subarray(0, out.length - pad) : out;
}

/** CBC encryption without padding (the data is a whole number of blocks); for revision 6 keys. */
export function aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const keys = expandKey(key);
  const rounds = key.length / 4 + 6;
  const out = new Uint8Array(data.length);
  let previous = iv;
  for (let b = 0; b + 16 <= data.length; b += 16) {
    const block = new Uint8Array(data.subarray(b, b + 16));
    for (let i = 0; i < 16; i++) block[i] = (block[i] ?? 0) ^ (previous[i] ?? 0);
    previous = encryptBlock(block, keys, rounds);
    out.set(previous, b);
  }
  return out;
}
