import {
  inScopeProbability,
  shippedScopeGate,
  type ScopeEvidence,
} from '../../../../bot/qa/scope-gate';

/** A short question whose telling words the best entry matches in its title and core terms. */
const POLICY_QUESTION: ScopeEvidence = {
  coverage: 0.9,
  matched: 7,
  total: 7.8,
  unknownShare: 0,
  coreShare: 0.8,
  coreMax: 4,
  titleShare: 0.5,
  unmatchedMax: 0,
  margin: 0.3,
  isOffTopic: false,
  isPrivacy: true,
  isStory: false,
  outsideScore: 0,
  words: 3,
};

describe('the scope gate (shipped model)', () => {
  it('lets a question through whose words are what the best entry is about', () => {
    expect(shippedScopeGate(POLICY_QUESTION)).toBe(true);
  });

  it('stops a question the best entry matches only by incidental words', () => {
    expect(
      shippedScopeGate({
        ...POLICY_QUESTION,
        coverage: 0.35,
        matched: 4,
        total: 11.5,
        unknownShare: 0.2,
        coreShare: 0,
        coreMax: 0,
        titleShare: 0,
        isPrivacy: false,
      }),
    ).toBe(false);
  });

  it.each([
    ['an outside topic named', { isOffTopic: true }],
    ['less of the question covered', { coverage: 0.4 }],
    ['more of it in words the knowledge base never uses', { unknownShare: 0.5 }],
    ['no core term of the entry matched', { coreShare: 0, coreMax: 0 }],
    ['a telling word of the question the entry does not match', { unmatchedMax: 4 }],
    ['words mostly seen in questions outside the policy', { outsideScore: 2 }],
  ] as [string, Partial<ScopeEvidence>][])('is less sure with %s', (_case, change) => {
    expect(inScopeProbability({ ...POLICY_QUESTION, ...change })).toBeLessThan(
      inScopeProbability(POLICY_QUESTION),
    );
  });
});
