// Scores a text with the learned model: every word adds the weights of its features, and the best
// window of consecutive words is the text's score, per subject (pupil, adult). A window, not the
// whole mail, so a long newsletter cannot add up to a pupil file and the finding can point at
// where it is. One pass over the words, one hash probe per feature, no allocation per word.
import { featureHash, WordFeatures } from './word-features';

export type ModelHead = 'pupil' | 'adult';

/** The model as the training script writes it (shared/scan/model/detection-model.json). */
export interface ModelData {
  /** Words per window. */
  window: number;
  /** Scores at or above this (log-odds) make a finding. */
  threshold: Record<ModelHead, number>;
  bias: Record<ModelHead, number>;
  /** Feature key → [pupil weight, adult weight]. */
  weights: Record<string, readonly [number, number]>;
}

export interface CompiledModel {
  window: number;
  threshold: Record<ModelHead, number>;
  bias: Record<ModelHead, number>;
  keys: Int32Array;
  pupil: Float32Array;
  adult: Float32Array;
  mask: number;
}

export function compileModel(data: ModelData): CompiledModel {
  const entries = Object.entries(data.weights);
  let size = 1;
  while (size < entries.length * 4) size *= 2;
  const keys = new Int32Array(size);
  const pupil = new Float32Array(size);
  const adult = new Float32Array(size);
  const mask = size - 1;
  for (const [key, [pupilWeight, adultWeight]] of entries) {
    const hash = featureHash(key);
    let slot = hash & mask;
    while (keys[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
    keys[slot] = hash;
    pupil[slot] = pupilWeight;
    adult[slot] = adultWeight;
  }
  return {
    window: data.window,
    threshold: data.threshold,
    bias: data.bias,
    keys,
    pupil,
    adult,
    mask,
  };
}

/** The slot of a feature hash in the model's table, or -1 when the model has no weight for it. */
function slotIn(keys: Int32Array, mask: number, hash: number): number {
  if (hash === 0) return -1;
  let slot = hash & mask;
  for (;;) {
    const key = keys[slot];
    if (key === hash) return slot;
    if (key === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** One word's weight for a subject: the sum over its features. */
export function wordWeight(
  model: CompiledModel,
  words: WordFeatures,
  index: number,
  head: ModelHead,
): number {
  const table = head === 'pupil' ? model.pupil : model.adult;
  let sum = 0;
  for (const hash of [
    words.unigram[index],
    words.tail[index],
    words.bigram[index],
    words.capital[index],
  ]) {
    const slot = slotIn(model.keys, model.mask, hash ?? 0);
    if (slot >= 0) sum += table[slot] ?? 0;
  }
  return sum;
}

/** Words read per block: small enough that the block's arrays stay in the CPU cache. */
const BLOCK_WORDS = 512;

/** Reused per scan; the add-in scans one mail at a time. */
const shared = {
  words: new WordFeatures(),
  pupil: new Float64Array(64),
  adult: new Float64Array(64),
  starts: new Int32Array(64),
};

/** A text's best window for one subject, as characters of the text. */
export interface ScoredWindow {
  score: number;
  start: number;
  end: number;
}

export type TextScores = Record<ModelHead, ScoredWindow>;

/**
 * Reads `original` block by block and returns the best window of
 * `model.window` consecutive words per subject (the whole text when it is shorter). Memory stays
 * constant: the last window's word weights sit in a ring.
 */
export function scoreText(model: CompiledModel, original: string): TextScores {
  const size = model.window;
  if (shared.pupil.length < size) {
    shared.pupil = new Float64Array(size);
    shared.adult = new Float64Array(size);
    shared.starts = new Int32Array(size);
  }
  const { words, pupil: pupilRing, adult: adultRing, starts: startRing } = shared;
  const keys = model.keys;
  const pupilTable = model.pupil;
  const adultTable = model.adult;
  const best = {
    pupil: { score: -Infinity, start: 0, end: 0 },
    adult: { score: -Infinity, start: 0, end: 0 },
  };
  let pupilSum = 0;
  let adultSum = 0;
  let total = 0;
  // The ring slot of the next word: `total % size`, kept by wrapping (a division per word is slow).
  let ring = 0;
  let lastEnd = 0;
  let position = 0;
  for (;;) {
    const count = words.read(original, position, BLOCK_WORDS);
    if (count === 0) break;
    position = words.next;
    const { unigram, tail, bigram, capital, starts, ends } = words;
    for (let i = 0; i < count; i++) {
      let pupil = 0;
      let adult = 0;
      // Unrolled over the four features: a loop over an array of them allocates per word.
      let slot = slotIn(keys, model.mask, unigram[i] ?? 0);
      if (slot >= 0) {
        pupil += pupilTable[slot] ?? 0;
        adult += adultTable[slot] ?? 0;
      }
      slot = slotIn(keys, model.mask, tail[i] ?? 0);
      if (slot >= 0) {
        pupil += pupilTable[slot] ?? 0;
        adult += adultTable[slot] ?? 0;
      }
      slot = slotIn(keys, model.mask, bigram[i] ?? 0);
      if (slot >= 0) {
        pupil += pupilTable[slot] ?? 0;
        adult += adultTable[slot] ?? 0;
      }
      slot = slotIn(keys, model.mask, capital[i] ?? 0);
      if (slot >= 0) {
        pupil += pupilTable[slot] ?? 0;
        adult += adultTable[slot] ?? 0;
      }
      if (total >= size) {
        pupilSum -= pupilRing[ring] ?? 0;
        adultSum -= adultRing[ring] ?? 0;
      }
      pupilRing[ring] = pupil;
      adultRing[ring] = adult;
      startRing[ring] = starts[i] ?? 0;
      pupilSum += pupil;
      adultSum += adult;
      total++;
      lastEnd = ends[i] ?? 0;
      ring = ring + 1 === size ? 0 : ring + 1;
      if (total >= size) {
        // The window's first word is the ring's oldest: the next slot round.
        const first = startRing[ring] ?? 0;
        if (pupilSum > best.pupil.score) setWindow(best.pupil, pupilSum, first, lastEnd);
        if (adultSum > best.adult.score) setWindow(best.adult, adultSum, first, lastEnd);
      }
    }
    if (count < BLOCK_WORDS) break;
  }
  if (total < size) {
    const first = startRing[0] ?? 0;
    setWindow(best.pupil, pupilSum, first, lastEnd);
    setWindow(best.adult, adultSum, first, lastEnd);
  }
  best.pupil.score += model.bias.pupil;
  best.adult.score += model.bias.adult;
  return best;
}

function setWindow(window: ScoredWindow, score: number, start: number, end: number): void {
  window.score = score;
  window.start = start;
  window.end = end;
}
