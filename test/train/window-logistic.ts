// Trains one head of the learned model: logistic regression on windows of words, each window
// carrying its mail's label, a mail's windows sharing one vote. (Letting only a mail's best window
// carry the label, multiple-instance style, ranked unseen folders worse in cross-validation.)
// Deterministic: full-batch AdaGrad from zero weights, no sampling.

/** A text as feature indices: FEATURES_PER_WORD slots per word, -1 where a word has none. */
export interface IndexedText {
  features: Int32Array;
  words: number;
}

export interface TrainingMail {
  texts: IndexedText[];
  label: boolean;
}

export const FEATURES_PER_WORD = 4;

export interface TrainingOptions {
  /** Words per window; training windows overlap by half. */
  window: number;
  /** L2 penalty per weight. */
  l2: number;
  epochs: number;
  learningRate: number;
}

export interface TrainedHead {
  weights: Float64Array;
  bias: number;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The windows of a text: start words, half a window apart, at least one. */
function windowStarts(words: number, size: number): number[] {
  const step = Math.max(1, Math.floor(size / 2));
  const starts = [0];
  for (let from = step; from + size - step < words; from += step) starts.push(from);
  return starts;
}

export function trainHead(
  mails: readonly TrainingMail[],
  featureCount: number,
  options: TrainingOptions,
): TrainedHead {
  const weights = new Float64Array(featureCount);
  const squares = new Float64Array(featureCount);
  const gradient = new Float64Array(featureCount);
  let bias = 0;
  let biasSquares = 0;
  const positives = mails.filter((mail) => mail.label).length;
  // Both classes weigh the same in all: the corpus has more harmless mails than sensitive ones.
  const positiveWeight = mails.length / (2 * Math.max(1, positives));
  const negativeWeight = mails.length / (2 * Math.max(1, mails.length - positives));
  const size = options.window;
  const windows = mails.map((mail) => mail.texts.map((text) => windowStarts(text.words, size)));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    mails.forEach((mail, m) => {
      const starts = windows[m] ?? [];
      const count = starts.reduce((sum, list) => sum + list.length, 0);
      const share = (mail.label ? positiveWeight : negativeWeight) / Math.max(1, count);
      const target = mail.label ? 1 : 0;
      mail.texts.forEach((text, t) => {
        for (const from of starts[t] ?? []) {
          const to = Math.min(text.words, from + size);
          let sum = bias;
          for (let i = from * FEATURES_PER_WORD; i < to * FEATURES_PER_WORD; i++) {
            const feature = text.features[i] ?? -1;
            if (feature >= 0) sum += weights[feature] ?? 0;
          }
          const error = (sigmoid(sum) - target) * share;
          for (let i = from * FEATURES_PER_WORD; i < to * FEATURES_PER_WORD; i++) {
            const feature = text.features[i] ?? -1;
            if (feature >= 0) gradient[feature] = (gradient[feature] ?? 0) + error;
          }
          biasGradient += error;
        }
      });
    });
    for (let f = 0; f < featureCount; f++) {
      const g = (gradient[f] ?? 0) / mails.length + options.l2 * (weights[f] ?? 0);
      if (g === 0) continue;
      squares[f] = (squares[f] ?? 0) + g * g;
      weights[f] =
        (weights[f] ?? 0) - (options.learningRate * g) / (Math.sqrt(squares[f] ?? 0) + 1e-8);
    }
    const g = biasGradient / mails.length;
    biasSquares += g * g;
    bias -= (options.learningRate * g) / (Math.sqrt(biasSquares) + 1e-8);
  }
  return { weights, bias };
}
