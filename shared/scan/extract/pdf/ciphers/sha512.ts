// SHA-384 and SHA-512 (FIPS 180-4) on 32-bit halves (no BigInt: Outlook's JavaScript-only runtime
// may lack it), for the key hash of PDF encryption revision 6.

const K = Uint32Array.from([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);

const SHA512_START = [
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
];
const SHA384_START = [
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
];

export function sha512(message: Uint8Array): Uint8Array {
  return digest(message, SHA512_START, 64);
}

export function sha384(message: Uint8Array): Uint8Array {
  return digest(message, SHA384_START, 48);
}

function digest(message: Uint8Array, start: readonly number[], length: number): Uint8Array {
  const paddedLength = ((message.length + 16) >>> 7) * 128 + 128;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = message.length * 8;
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(paddedLength - 4, bitLength >>> 0);
  // State and schedule as separate high and low 32-bit words, so nothing is allocated per round.
  const hh = new Uint32Array(8);
  const hl = new Uint32Array(8);
  for (let i = 0; i < 8; i++) {
    hh[i] = start[i * 2] ?? 0;
    hl[i] = start[i * 2 + 1] ?? 0;
  }
  const wh = new Uint32Array(80);
  const wl = new Uint32Array(80);
  const sh = new Uint32Array(8);
  const sl = new Uint32Array(8);
  for (let block = 0; block < paddedLength; block += 128) {
    for (let i = 0; i < 16; i++) {
      wh[i] = view.getUint32(block + i * 8);
      wl[i] = view.getUint32(block + i * 8 + 4);
    }
    for (let i = 16; i < 80; i++) {
      const xh = wh[i - 15] ?? 0;
      const xl = wl[i - 15] ?? 0;
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      const yh = wh[i - 2] ?? 0;
      const yl = wl[i - 2] ?? 0;
      const s1h = ((yh >>> 19) | (yl << 13)) ^ ((yl >>> 29) | (yh << 3)) ^ (yh >>> 6);
      const s1l =
        ((yl >>> 19) | (yh << 13)) ^ ((yh >>> 29) | (yl << 3)) ^ ((yl >>> 6) | (yh << 26));
      const low = (s0l >>> 0) + (s1l >>> 0) + (wl[i - 16] ?? 0) + (wl[i - 7] ?? 0);
      wl[i] = low;
      wh[i] =
        (s0h >>> 0) +
        (s1h >>> 0) +
        (wh[i - 16] ?? 0) +
        (wh[i - 7] ?? 0) +
        Math.floor(low / 2 ** 32);
    }
    sh.set(hh);
    sl.set(hl);
    for (let i = 0; i < 80; i++) {
      const [ah, al, bh, bl, ch, cl] = [
        sh[0] ?? 0,
        sl[0] ?? 0,
        sh[1] ?? 0,
        sl[1] ?? 0,
        sh[2] ?? 0,
        sl[2] ?? 0,
      ];
      const [eh, el, fh, fl, gh, gl] = [
        sh[4] ?? 0,
        sl[4] ?? 0,
        sh[5] ?? 0,
        sl[5] ?? 0,
        sh[6] ?? 0,
        sl[6] ?? 0,
      ];
      const sum1h =
        ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const sum1l =
        ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chooseH = (eh & fh) ^ (~eh & gh);
      const chooseL = (el & fl) ^ (~el & gl);
      const t1l =
        (sl[7] ?? 0) + (sum1l >>> 0) + (chooseL >>> 0) + (K[i * 2 + 1] ?? 0) + (wl[i] ?? 0);
      const t1h =
        (sh[7] ?? 0) +
        (sum1h >>> 0) +
        (chooseH >>> 0) +
        (K[i * 2] ?? 0) +
        (wh[i] ?? 0) +
        Math.floor(t1l / 2 ** 32);
      const sum0h =
        ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const sum0l =
        ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majorityH = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majorityL = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (sum0l >>> 0) + (majorityL >>> 0);
      const t2h = (sum0h >>> 0) + (majorityH >>> 0) + Math.floor(t2l / 2 ** 32);
      sh.copyWithin(1, 0, 7);
      sl.copyWithin(1, 0, 7);
      const el2 = (sl[4] ?? 0) + (t1l >>> 0);
      sl[4] = el2;
      sh[4] = (sh[4] ?? 0) + t1h + Math.floor(el2 / 2 ** 32);
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      sl[0] = al2;
      sh[0] = t1h + t2h + Math.floor(al2 / 2 ** 32);
    }
    for (let i = 0; i < 8; i++) {
      const low = (hl[i] ?? 0) + (sl[i] ?? 0);
      hl[i] = low;
      hh[i] = (hh[i] ?? 0) + (sh[i] ?? 0) + Math.floor(low / 2 ** 32);
    }
  }
  const out = new Uint8Array(64);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) {
    outView.setUint32(i * 8, hh[i] ?? 0);
    outView.setUint32(i * 8 + 4, hl[i] ?? 0);
  }
  return out.subarray(0, length);
}
