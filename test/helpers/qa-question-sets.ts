// Runs an answerer over the question sets (the tuning sets in test/fixtures/qa/ and the held-out
// set) and returns, per set, what each question got and the scores of answer-accuracy.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Answerer, QaAnswer } from '../../bot/qa/types';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const QUESTION_SETS = [
  'qa/questions.json',
  'qa/questions-voices.json',
  'qa-heldout/questions.json',
] as const;

export interface QuestionSetRun {
  /** Per question: confidence and the source entry ids, e.g. "high:breach-72-hours". */
  outcomes: string[];
  /** Tuning sets only (an expected entry per question); null for the held-out set. */
  scores: {
    inScope: number;
    top1: number;
    top3: number;
    offTopic: number;
    declined: number;
  } | null;
}

/** The entries a user is offered first: the source, then "Bedoel je" buttons or related entries. */
function offered(answer: QaAnswer): string[] {
  return [
    ...new Set(
      [...answer.sources, ...answer.suggestions, ...answer.related].map((entry) => entry.id),
    ),
  ].slice(0, 3);
}

export function runQuestionSets(answer: Answerer): Record<string, QuestionSetRun> {
  const runs: Record<string, QuestionSetRun> = {};
  for (const file of QUESTION_SETS) {
    const rows = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as {
      question: string;
      expected?: string | null;
    }[];
    const answers = rows.map((row) => answer(row.question));
    const outcomes = answers.map(
      (each) => `${each.confidence}:${each.sources.map((source) => source.id).join('+')}`,
    );
    const tuned = rows.every((row) => row.expected !== undefined);
    const inScope = rows.flatMap((row, at) =>
      row.expected ? [{ expected: row.expected, answer: answers[at] as QaAnswer }] : [],
    );
    const offTopic = answers.filter((_, at) => rows[at]?.expected === null);
    runs[file] = {
      outcomes,
      scores: tuned
        ? {
            inScope: inScope.length,
            top1: inScope.filter((each) => each.answer.sources[0]?.id === each.expected).length,
            top3: inScope.filter((each) => offered(each.answer).includes(each.expected)).length,
            offTopic: offTopic.length,
            declined: offTopic.filter((each) => !each.answered).length,
          }
        : null,
    };
  }
  return runs;
}
