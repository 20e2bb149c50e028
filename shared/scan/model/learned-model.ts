// The learned model beside the rules (issue #13): a linear model over word stems, compound tails,
// word pairs and name cues, trained by test/train/train-detection-model.ts on the tuning corpus and
// shipped as data (detection-model.json). It adds pupil-file and sensitive-personal findings where
// the rules found nothing in that part of the mail (and settles whose matter a mail tells,
// disowned-subject.ts); the rules stay the spec for what warns.
import type { SensitiveEvidence } from '../text/sensitive-content';
import modelData from './detection-model.json';
import {
  compileModel,
  scoreText,
  type CompiledModel,
  type ModelData,
  type TextScores,
} from './window-scorer';

/** The one switch: false ships the rules alone, exactly as before the model. */
export const IS_LEARNED_MODEL_ENABLED = true;

export const DEFAULT_MODEL: CompiledModel = compileModel(modelData as unknown as ModelData);

/**
 * The best-scoring window per subject of one text (subject line, body or attachment).
 * @example scoreWithModel('Daan krijgt sinds maandag medicatie').pupil.score
 */
export function scoreWithModel(text: string, model: CompiledModel = DEFAULT_MODEL): TextScores {
  return scoreText(model, text);
}

/**
 * `scoreWithModel` for one scan: each text is read once, however many steps ask (the settling
 * of whose matter a mail tells, then the additions).
 */
export function createTextScorer(): (text: string) => TextScores {
  const scored = new Map<string, TextScores>();
  return (text) => {
    let scores = scored.get(text);
    if (scores === undefined) {
      scores = scoreWithModel(text);
      scored.set(text, scores);
    }
    return scores;
  };
}

/**
 * Scores one text of the mail when the model is on and the rules left a subject without a finding
 * there (the rules' findings stand on their own; the model only adds).
 */
export function learnedTextOf(
  text: string,
  evidence: readonly SensitiveEvidence[],
  score: (text: string) => TextScores,
): TextScores | undefined {
  if (!IS_LEARNED_MODEL_ENABLED || text === '') return undefined;
  let hasPupil = false;
  let hasAdult = false;
  for (const item of evidence) {
    if (item.subject === 'pupil') hasPupil = true;
    else hasAdult = true;
  }
  if (hasPupil && hasAdult) return undefined;
  return score(text);
}
