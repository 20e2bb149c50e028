// The question set (test/fixtures/qa/questions.json): staff questions written before the answerer
// was tuned, each with the entry that should answer it, or null when it is off-topic.
import { createAnswerer } from '../../../../bot/qa/answerer';
import type { QaAnswer } from '../../../../bot/qa/types';
import { parseConfig } from '../../../../shared/policy/parse-config';
import questions from '../../../fixtures/qa/questions.json';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { kindantePack } from '../../../helpers/knowledge';

interface Case {
  question: string;
  expected: string | null;
}

/**
 * The entries a user is offered first: the answer's source, then its "Bedoel je" buttons (an unsure
 * answer) or related entries, or the closest topics.
 */
function offered(answer: QaAnswer): string[] {
  return [
    ...new Set(
      [...answer.sources, ...answer.suggestions, ...answer.related].map((entry) => entry.id),
    ),
  ].slice(0, 3);
}

describe('answers on the question set', () => {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const answer = createAnswerer(parsed.config, kindantePack().knowledge, kindantePack().words);
  const cases = questions as Case[];
  const inScope = cases.filter((each) => each.expected !== null);
  const offTopic = cases.filter((each) => each.expected === null);
  const results = cases.map((each) => ({ ...each, answer: answer(each.question) }));

  const top1 = results.filter(
    (each) => each.expected !== null && each.answer.sources[0]?.id === each.expected,
  );
  const top3 = results.filter(
    (each) => each.expected !== null && offered(each.answer).includes(each.expected),
  );
  const declined = results.filter((each) => each.expected === null && !each.answer.answered);

  afterAll(() => {
    const misses = results
      .filter((each) => each.expected !== null && each.answer.sources[0]?.id !== each.expected)
      .map(
        (each) =>
          `  ${each.question} → ${each.answer.sources[0]?.id ?? '(niet beantwoord)'}, verwacht ${each.expected}`,
      );
    const answeredOffTopic = results
      .filter((each) => each.expected === null && each.answer.answered)
      .map((each) => `  ${each.question} → ${each.answer.sources[0]?.id}`);
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    process.stdout.write(
      [
        `QA question set: ${inScope.length} in scope, ${offTopic.length} off-topic`,
        `top-1 ${percent(top1.length, inScope.length)}, top-3 ${percent(top3.length, inScope.length)}, off-topic declined ${percent(declined.length, offTopic.length)}`,
        `misses (top-1):`,
        ...misses,
        `off-topic answered:`,
        ...answeredOffTopic,
        '',
      ].join('\n'),
    );
  });

  it('has at least 150 questions, 20 of them off-topic', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(offTopic.length).toBeGreaterThanOrEqual(20);
  });

  it('answers at least 90% from the expected entry', () => {
    expect(top1.length / inScope.length).toBeGreaterThanOrEqual(0.9);
  });

  it('offers the expected entry among the first three for at least 97%', () => {
    expect(top3.length / inScope.length).toBeGreaterThanOrEqual(0.97);
  });

  it('declines at least 90% of off-topic questions', () => {
    expect(declined.length / offTopic.length).toBeGreaterThanOrEqual(0.9);
  });
});
