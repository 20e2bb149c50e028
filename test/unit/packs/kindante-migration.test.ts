// No loss in the move of the knowledge base from TypeScript arrays into packs/kindante (issue 19):
// the pack holds the same entries in the same order with the same content (recorded by
// test/eval/migrate-knowledge-to-pack.ts from the last commit with the arrays).
// The situations added later (issue 20) are new content, outside the fingerprint. A deliberate
// correction of an entry since the move updates that entry's fingerprint, its reason in the commit
// (breach-lost-device: §12 names a lost or stolen laptop as a breach, so it cites §12 too). The check that
// every question of the question sets got the same outcome and scores as before the move was
// dropped on purpose when issue 20 changed the ranking (situations indexed, off-topic words
// weighed): test/eval/evaluate-qa.ts measures the answers now.
import baseline from '../../fixtures/policy-pack/kindante-migration.json';
import { kindanteKnowledge } from '../../helpers/knowledge';
import { fingerprintEntries } from '../../helpers/knowledge-fingerprint';

const knowledge = kindanteKnowledge();

describe('the kindante pack against the knowledge base before the move', () => {
  it('holds the same 180 entries, in the same order, with the same content', () => {
    expect(baseline.entries).toHaveLength(180);
    expect(fingerprintEntries(knowledge)).toEqual(baseline.entries);
  });

  it('gives a review date to every entry', () => {
    expect(knowledge.filter((entry) => !/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewBy))).toEqual([]);
  });
});
