// A compact learned classifier beside the rules: logistic regression over the features of
// model-features.ts, one per content rule, trained offline by test/eval/train-classifier.ts on the
// tuning corpus and shipped as data (content-model.json). It adds recall where the wording varies;
// the rules stay the spec, and the model never speaks without an identifiable person.
import type { FeatureSpan } from './model-features';

/** One rule's model: a bias, a weight per vocabulary entry and the threshold chosen by cross-validation. */
interface RuleModel {
  bias: number;
  threshold: number;
  weights: readonly number[];
}

/** The shipped data: one vocabulary shared by both rules' weight vectors (same order). */
export interface ContentModelData {
  vocabulary: readonly string[];
  pupil: RuleModel;
  adult: RuleModel;
}

export type ModelSubject = 'pupil' | 'adult';

export interface ModelScore {
  /** Probability that the text is sensitive for this subject, 0–1. */
  probability: number;
  isAboveThreshold: boolean;
  /** The features that weighed most for it, strongest first, with where they first occur. */
  topFeatures: { feature: string; weight: number; span: FeatureSpan }[];
}

/** How many features a score lists (given-name features are dropped later). */
const TOP_FEATURES = 6;

/** A compiled model: vocabulary lookups become one Map per subject. */
export interface ContentModel {
  score(features: ReadonlyMap<string, FeatureSpan>, subject: ModelSubject): ModelScore;
}

/**
 * @example compileContentModel(data).score(modelFeatures(text, signals), 'pupil').isAboveThreshold
 */
export function compileContentModel(data: ContentModelData): ContentModel {
  const compiled = {
    pupil: compileRule(data.vocabulary, data.pupil),
    adult: compileRule(data.vocabulary, data.adult),
  };
  return {
    score(features, subject) {
      const { weights, bias, threshold } = compiled[subject];
      // Binary features, scaled by the vector's length as in training, so long mails do not
      // outweigh short ones by length alone.
      const scale = 1 / Math.sqrt(Math.max(1, features.size));
      let sum = bias;
      const contributions: ModelScore['topFeatures'] = [];
      for (const [feature, span] of features) {
        const weight = weights.get(feature);
        if (weight === undefined) continue;
        sum += weight * scale;
        if (weight > 0) contributions.push({ feature, weight, span });
      }
      const probability = 1 / (1 + Math.exp(-sum));
      contributions.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
      return {
        probability,
        isAboveThreshold: probability >= threshold,
        topFeatures: contributions.slice(0, TOP_FEATURES),
      };
    },
  };
}

function compileRule(
  vocabulary: readonly string[],
  model: RuleModel,
): { weights: Map<string, number>; bias: number; threshold: number } {
  const weights = new Map<string, number>();
  vocabulary.forEach((feature, index) => {
    const weight = model.weights[index] ?? 0;
    if (weight !== 0) weights.set(feature, weight);
  });
  return { weights, bias: model.bias, threshold: model.threshold };
}
