import { createAnswerer } from '../../../../bot/qa/answerer';
import type { Hit, QueryWord } from '../../../../bot/qa/knowledge-index';
import {
  createAssociation,
  createCandidatePicker,
  pickOf,
  type RankingModel,
} from '../../../../bot/qa/learned-ranking';
import type { Ranked } from '../../../../bot/qa/rank-hits';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { kindantePack } from '../../../helpers/knowledge';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';

const word = (text: string, weight = 4): QueryWord => ({
  word: text,
  terms: [text],
  whole: [text],
  parts: [],
  weight,
  isKnown: true,
});

const candidate = (id: string, credits: Record<string, number>, rank: number): Ranked => {
  const entry = kindantePack().knowledge.find((each) => each.id === id);
  if (!entry) throw new Error(id);
  const hit: Hit = {
    entry,
    score: 10,
    termCredit: new Map(Object.entries(credits)),
    titleTerms: new Set(),
  };
  return { hit, matched: 4, coverage: 0.5, rank };
};

/** A model that weighs only the association (the last feature) and the hand-made rank. */
const model = (margin: number): RankingModel => ({
  weights: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  margin,
  smoothing: 0.1,
  wordCounts: { dossier: 4, bewaren: 4, kast: 4 },
  entryWordCounts: {
    'retention-general': { dossier: 2, bewaren: 3 },
    'locked-cabinets': { dossier: 2, kast: 4, bewaren: 1 },
  },
});

describe('learned candidate order', () => {
  it('answers from the first candidate unless another beats it by the margin', () => {
    expect(pickOf([1, 1.4, 0.2], 0.5)).toBe(0);
    expect(pickOf([1, 1.6, 1.8], 0.5)).toBe(2);
    expect(pickOf([1, -Infinity], 0)).toBe(0);
  });

  it('associates the words the tuning questions used for an entry with that entry', () => {
    const association = createAssociation(model(0));
    const asked = [word('bewaren'), word('dossier')];
    expect(association('retention-general', asked)).toBeGreaterThan(
      association('locked-cabinets', asked),
    );
    // Words the model never counted say nothing either way.
    expect(association('retention-general', [word('onbekend')])).toBe(0);
  });

  it('picks the entry the words belong to when the hand-made order put another first', () => {
    const input = {
      ranked: [
        candidate('locked-cabinets', { dossier: 1, bewaren: 1 }, 1.1),
        candidate('retention-general', { dossier: 1, bewaren: 1 }, 1.0),
      ],
      queryWords: [word('bewaren'), word('dossier')],
      focusWords: [],
      coreTerms: () => new Set<string>(),
    };
    expect(createCandidatePicker(model(0.1))(input)).toBe(1);
    // A margin larger than the model's preference keeps the hand-made first.
    expect(createCandidatePicker(model(5))(input)).toBe(0);
  });

  it("keeps the hand-made order for entries it was not trained with (another board's pack)", () => {
    const input = {
      ranked: [
        candidate('photo-consent-yearly', { dossier: 1 }, 1.1),
        candidate('retention-general', { dossier: 1, bewaren: 1 }, 1.0),
      ],
      queryWords: [word('bewaren'), word('dossier')],
      focusWords: [],
      coreTerms: () => new Set<string>(),
    };
    expect(createCandidatePicker(model(0))(input)).toBe(0);
  });
});

describe('the answerer with the shipped candidate order', () => {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { knowledge, words } = kindantePack();
  const answer = createAnswerer(parsed.config, knowledge, words);
  const handMade = createAnswerer(parsed.config, knowledge, words, { pickCandidate: () => 0 });

  it.each([
    // The retention question, which the hand-made order answered from locked cabinets.
    ['hoe lang bewaren we t dossier eigelijk', 'retention-general', 'locked-cabinets'],
    // Seeing one's child's file is the right of inspection, not the code of conduct's scope.
    [
      'A parent asked to see her son’s school file. What are the rules for that?',
      'rights-inspection',
      'conduct-code-scope',
    ],
  ])(
    'answers "%s" from %s and offers the hand-made first as "Bedoel je"',
    (question, right, first) => {
      expect(handMade(question).sources[0]?.id).toBe(first);
      const answered = answer(question);
      expect(answered.sources[0]?.id).toBe(right);
      expect(answered.confidence).toBe('low');
      expect(answered.suggestions.map((each) => each.id)).toContain(first);
    },
  );
});
