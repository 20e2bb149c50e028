import {
  compileContentModel,
  type ContentModelData,
} from '../../../../../shared/scan/model/content-model';
import { modelFeatures, stemWord } from '../../../../../shared/scan/model/model-features';

const NO_SIGNALS = { personKinds: [], topics: [], isGeneral: false, hasQuotedHistory: false };

/** A toy model: two phrases that weigh, one that counts against, threshold 0.6. */
const TOY: ContentModelData = {
  vocabulary: ['blauw plekk', 'ontbijt', 'voetbal', '#person:name'],
  pupil: { bias: -1, threshold: 0.6, weights: [8, 2, -6, 1] },
  adult: { bias: -3, threshold: 0.9, weights: [0, 0, 0, 1] },
};
const model = compileContentModel(TOY);
const score = (text: string, personKinds: string[] = []) =>
  model.score(modelFeatures(text, { ...NO_SIGNALS, personKinds }), 'pupil');

describe('content model', () => {
  it.each([
    ['plekken', 'plekk'],
    ['medicatiegebruik', 'medicat'],
    ['blauwe', 'blauw'],
    ['2025', '0'],
  ])('stems %s as %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('reads given names as #name, so no weight belongs to one child', () => {
    const features = modelFeatures('Daan komt zonder ontbijt', NO_SIGNALS);
    expect(features.has('#name')).toBe(true);
    expect(features.has('daan')).toBe(false);
  });

  it('gives the same score and phrases for the same text, every time', () => {
    const text = 'Hij komt vaak zonder ontbijt en had blauwe plekken op zijn arm.';
    expect(score(text)).toEqual(score(text));
  });

  it('names the phrases that weighed most, strongest first, with where they are', () => {
    const text = 'Hij komt zonder ontbijt en had blauwe plekken.';
    const result = score(text);
    expect(result.topFeatures.map((top) => top.feature)).toEqual(['blauw plekk', 'ontbijt']);
    const first = result.topFeatures[0];
    expect(first && text.slice(first.span.start, first.span.end)).toBe('blauwe plekken');
  });

  it('respects the threshold: above it only when the weighed phrases carry it', () => {
    expect(score('Hij had blauwe plekken op zijn arm.').isAboveThreshold).toBe(true);
    expect(score('Hij kwam zonder ontbijt.').isAboveThreshold).toBe(false);
    expect(score('Blauwe plekken van het voetbal.').isAboveThreshold).toBe(false);
  });

  it('reads the rules’ signals as features', () => {
    expect(model.score(modelFeatures('hallo', NO_SIGNALS), 'adult').probability).toBeLessThan(
      model.score(modelFeatures('hallo', { ...NO_SIGNALS, personKinds: ['name'] }), 'adult')
        .probability,
    );
  });

  it('ships a model whose thresholds were set for precision (never below one half)', async () => {
    const shipped = (await import('../../../../../shared/scan/model/content-model.json')).default;
    expect(shipped.pupil.threshold).toBeGreaterThanOrEqual(0.5);
    expect(shipped.adult.threshold).toBeGreaterThanOrEqual(0.5);
    expect(shipped.pupil.weights).toHaveLength(shipped.vocabulary.length);
  });
});
