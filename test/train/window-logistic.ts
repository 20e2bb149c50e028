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
  /** The mail's weight beside the class balance (1 unless the folders are evened out). */
  weight?: number;
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
      const share =
        ((mail.label ? positiveWeight : negativeWeight) * (mail.weight ?? 1)) / Math.max(1, count);
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

export interface JointMail {
  texts: IndexedText[];
  /** One label per head. */
  labels: readonly boolean[];
  weight?: number;
}

/**
 * Trains the heads together as one shared weight per feature plus each head's own difference
 * (multi-task logistic regression): the shared part is what makes any mail sensitive, the
 * differences only what tells the subjects apart, penalised `deltaL2` times as hard as the shared
 * part so a head leans on the other's evidence where its own labels are few. Returns each head's
 * weights (shared + own): the model file's format does not change.
 */
export function trainJoint(
  mails: readonly JointMail[],
  heads: number,
  featureCount: number,
  options: TrainingOptions,
  deltaL2: number,
): TrainedHead[] {
  const shared = new Float64Array(featureCount);
  const sharedSquares = new Float64Array(featureCount);
  const sharedGradient = new Float64Array(featureCount);
  const own = Array.from({ length: heads }, () => new Float64Array(featureCount));
  const ownSquares = Array.from({ length: heads }, () => new Float64Array(featureCount));
  const ownGradient = Array.from({ length: heads }, () => new Float64Array(featureCount));
  const bias = new Float64Array(heads);
  const biasSquares = new Float64Array(heads);
  const classWeight = Array.from({ length: heads }, (_, k) => {
    const positives = mails.filter((mail) => mail.labels[k]).length;
    return {
      positive: mails.length / (2 * Math.max(1, positives)),
      negative: mails.length / (2 * Math.max(1, mails.length - positives)),
    };
  });
  const size = options.window;
  const windows = mails.map((mail) => mail.texts.map((text) => windowStarts(text.words, size)));
  const errors = new Float64Array(heads);
  const sums = new Float64Array(heads);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    sharedGradient.fill(0);
    for (const gradient of ownGradient) gradient.fill(0);
    const biasGradient = new Float64Array(heads);
    mails.forEach((mail, m) => {
      const starts = windows[m] ?? [];
      const count = Math.max(
        1,
        starts.reduce((sum, list) => sum + list.length, 0),
      );
      mail.texts.forEach((text, t) => {
        for (const from of starts[t] ?? []) {
          const to = Math.min(text.words, from + size);
          for (let k = 0; k < heads; k++) sums[k] = bias[k] ?? 0;
          let sharedSum = 0;
          for (let i = from * FEATURES_PER_WORD; i < to * FEATURES_PER_WORD; i++) {
            const feature = text.features[i] ?? -1;
            if (feature < 0) continue;
            sharedSum += shared[feature] ?? 0;
            for (let k = 0; k < heads; k++) sums[k] = (sums[k] ?? 0) + (own[k]?.[feature] ?? 0);
          }
          let sharedError = 0;
          for (let k = 0; k < heads; k++) {
            const label = mail.labels[k] === true;
            const weight = label ? classWeight[k]?.positive : classWeight[k]?.negative;
            const error =
              (sigmoid((sums[k] ?? 0) + sharedSum) - (label ? 1 : 0)) *
              (((weight ?? 1) * (mail.weight ?? 1)) / count);
            errors[k] = error;
            sharedError += error;
            biasGradient[k] = (biasGradient[k] ?? 0) + error;
          }
          for (let i = from * FEATURES_PER_WORD; i < to * FEATURES_PER_WORD; i++) {
            const feature = text.features[i] ?? -1;
            if (feature < 0) continue;
            sharedGradient[feature] = (sharedGradient[feature] ?? 0) + sharedError;
            for (let k = 0; k < heads; k++) {
              const gradient = ownGradient[k];
              if (gradient) gradient[feature] = (gradient[feature] ?? 0) + (errors[k] ?? 0);
            }
          }
        }
      });
    });
    const step = (
      weights: Float64Array,
      squares: Float64Array,
      gradient: Float64Array,
      l2: number,
    ) => {
      for (let f = 0; f < featureCount; f++) {
        const g = (gradient[f] ?? 0) / mails.length + l2 * (weights[f] ?? 0);
        if (g === 0) continue;
        squares[f] = (squares[f] ?? 0) + g * g;
        weights[f] =
          (weights[f] ?? 0) - (options.learningRate * g) / (Math.sqrt(squares[f] ?? 0) + 1e-8);
      }
    };
    step(shared, sharedSquares, sharedGradient, options.l2);
    for (let k = 0; k < heads; k++) {
      const weights = own[k];
      const squares = ownSquares[k];
      const gradient = ownGradient[k];
      if (weights && squares && gradient) step(weights, squares, gradient, options.l2 * deltaL2);
      const g = (biasGradient[k] ?? 0) / mails.length;
      biasSquares[k] = (biasSquares[k] ?? 0) + g * g;
      bias[k] =
        (bias[k] ?? 0) - (options.learningRate * g) / (Math.sqrt(biasSquares[k] ?? 0) + 1e-8);
    }
  }
  return own.map((weights, k) => ({
    weights: weights.map((weight, f) => weight + (shared[f] ?? 0)),
    bias: bias[k] ?? 0,
  }));
}
