// No loss in the move of the knowledge base from TypeScript arrays into packs/kindante (issue 19):
// the pack holds the same entries in the same order with the same content, and the answerer gives
// every question of the question sets the same outcome, and the same scores, as before the move
// (recorded by test/eval/migrate-knowledge-to-pack.ts from the last commit with the arrays).
// When an entry is edited on purpose, or ranking is changed on purpose, this test has done its job:
// record a new baseline or drop the part that no longer applies.
import { createAnswerer } from '../../../bot/qa/answerer';
import { parseConfig } from '../../../shared/policy/parse-config';
import baseline from '../../fixtures/policy-pack/kindante-migration.json';
import { kindanteKnowledge } from '../../helpers/knowledge';
import { fingerprintEntries } from '../../helpers/knowledge-fingerprint';
import { EXAMPLE_CONFIG } from '../../helpers/policy';
import { QUESTION_SETS, runQuestionSets } from '../../helpers/qa-question-sets';

const knowledge = kindanteKnowledge();

describe('the kindante pack against the knowledge base before the move', () => {
  it('holds the same 180 entries, in the same order, with the same content', () => {
    expect(baseline.entries).toHaveLength(180);
    expect(fingerprintEntries(knowledge)).toEqual(baseline.entries);
  });

  it('gives a review date to every entry', () => {
    expect(knowledge.filter((entry) => !/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewBy))).toEqual([]);
  });

  describe('on the question sets', () => {
    const parsed = parseConfig(EXAMPLE_CONFIG);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const runs = runQuestionSets(createAnswerer(parsed.config, knowledge));
    const before: Record<string, (typeof runs)[string]> = baseline.questionSets;

    it.each(QUESTION_SETS.map((file) => [file]))(
      '%s: every question gets the same confidence and sources',
      (file) => {
        const was = before[file]?.outcomes ?? [];
        expect(was.length).toBeGreaterThan(0);
        expect(runs[file]?.outcomes).toEqual(was);
      },
    );

    it.each(QUESTION_SETS.map((file) => [file]))('%s: the same scores', (file) => {
      expect(runs[file]?.scores).toEqual(before[file]?.scores);
    });
  });
});
