// `npm run eval`, policy answers: per voice, answered right, declined right, wrong-entry rate, for
// the tuning sets (test/fixtures/qa/questions*.json) and, when present, the held-out sets written
// by other hands (test/fixtures/qa-heldout*/questions.json), whose answers count as right when the
// answered entry cites one of the expected policy sections. In brackets: wrong entries answered
// with high confidence (no "Bedoel je" buttons), and the right entry answered or offered as a button.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { heldOutFolders } from './held-out-sets';
import { createAnswerer } from '../../bot/qa/answerer';
import type { QaAnswer } from '../../bot/qa/types';
import { parseConfig } from '../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../helpers/policy';
import { kindantePack } from '../helpers/knowledge';

interface Case {
  question: string;
  voice: string;
  inScope: boolean;
  isRight: (answer: QaAnswer) => boolean;
}

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** Section references as comparable keys: "§12 …" → "12", "Bijlage 8 §13" → "b8.13", "10.3" → "10.3". */
export function sectionKeys(text: string): string[] {
  const keys: string[] = [];
  const folded = text.toLowerCase().replace(/\s+/gu, ' ');
  for (const match of folded.matchAll(
    /bijlage ?(\d+)(?:(?: ?(?:§|art\.?|artikel) ?| )(\d+)(?:[–-](\d+))?)?/gu,
  )) {
    if (!match[2]) keys.push(`b${match[1]}`);
    // "Bijlage 2 art. 17–19" cites articles 17, 18 and 19.
    else
      for (let article = Number(match[2]); article <= Number(match[3] ?? match[2]); article++)
        keys.push(`b${match[1]}.${article}`);
  }
  const withoutAppendices = folded.replace(
    /bijlage ?\d+(?:(?: ?(?:§|art\.?|artikel) ?| )\d+(?:[–-]\d+)?)?/gu,
    ' ',
  );
  for (const match of withoutAppendices.matchAll(/(?:§ ?|^ ?)(\d+(?:\.\d+)*)/gu))
    keys.push(match[1] as string);
  return keys;
}

/** One section matches another when one is the other or contains it ("10" and "10.3"). */
export function sectionsMatch(cited: string, expected: string[]): boolean {
  const citedKeys = sectionKeys(cited);
  return expected
    .flatMap(sectionKeys)
    .some((key) =>
      citedKeys.some(
        (each) => each === key || key.startsWith(`${each}.`) || each.startsWith(`${key}.`),
      ),
    );
}

/**
 * Whether a question row is about the policy: it names its entry (`expected`, null when out of
 * scope) or, written like the held-out sets, says `inScope` outright.
 */
export function isRowInScope(row: { expected?: string | null; inScope?: boolean }): boolean {
  return row.expected === undefined ? row.inScope === true : row.expected !== null;
}

/**
 * One code path for every question file: a row with `expected` (an entry id, or null when out of
 * scope) is right when that entry answers; a row written like the held-out sets (`inScope`,
 * `sections`) is right when an answered entry cites one of the expected policy sections.
 */
function casesOf(file: string, defaultVoice: string): Case[] {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as {
    question: string;
    voice?: string;
    expected?: string | null;
    inScope?: boolean;
    sections?: string[];
  }[];
  return rows.map((row) => {
    const { expected } = row;
    const bySection = expected === undefined;
    return {
      question: row.question,
      voice: row.voice ?? defaultVoice,
      inScope: isRowInScope(row),
      isRight: (answer: QaAnswer) =>
        bySection
          ? answer.sources.some((source) => sectionsMatch(source.section, row.sections ?? []))
          : answer.sources.some((source) => source.id === expected),
    };
  });
}

/** What one voice (or 'all') got: counts of in-scope and out-of-scope questions and outcomes. */
interface Tally {
  voice: string;
  questions: number;
  inScope: number;
  outOfScope: number;
  right: number;
  declined: number;
  wrong: number;
  wrongSure: number;
  offered: number;
}

/** Answers and judges each question once, then adds the outcomes up per voice and for 'all'. */
export function tallyQuestions(
  file: string,
  answer: (question: string) => QaAnswer,
  defaultVoice = 'held-out',
): Tally[] {
  const cases = casesOf(file, defaultVoice);
  const outcomes = new Map(
    cases.map((each) => {
      const result = answer(each.question);
      const isRight = each.isRight(result);
      return [
        each,
        {
          isRight,
          isAnswered: result.answered,
          isWrongSure: !isRight && result.answered && result.confidence === 'high',
          // Right in the answer or among its "Bedoel je" buttons: one tap away.
          isOffered: each.isRight({
            ...result,
            sources: [...result.sources, ...result.suggestions],
          }),
        },
      ];
    }),
  );
  const voices = [...new Set(cases.map((each) => each.voice))].sort();
  return [...voices, 'all'].map((voice) => {
    const group = cases.filter((each) => voice === 'all' || each.voice === voice);
    const inScope = group.filter((each) => each.inScope).map((each) => outcomes.get(each));
    const outOfScope = group.filter((each) => !each.inScope).map((each) => outcomes.get(each));
    return {
      voice,
      questions: group.length,
      inScope: inScope.length,
      outOfScope: outOfScope.length,
      right: inScope.filter((each) => each?.isRight).length,
      declined: outOfScope.filter((each) => each && !each.isAnswered).length,
      wrong: inScope.filter((each) => each && !each.isRight && each.isAnswered).length,
      wrongSure: inScope.filter((each) => each?.isWrongSure).length,
      offered: inScope.filter((each) => each?.isOffered).length,
    };
  });
}

function report(name: string, tallies: Tally[]): string {
  const share = (part: number, whole: number) =>
    whole === 0 ? '  -  ' : (part / whole).toFixed(2);
  const all = tallies[tallies.length - 1];
  return [
    `${name}: ${all?.questions ?? 0} questions`,
    '  voice               right  declined-ok  wrong-entry  (wrong-sure  offered)',
    ...tallies.map(
      (each) =>
        `  ${`${each.voice} (${each.questions})`.padEnd(20)}${share(each.right, each.inScope).padEnd(7)}${share(each.declined, each.outOfScope).padEnd(13)}${share(each.wrong, each.inScope).padEnd(13)}${share(each.wrongSure, each.inScope).padEnd(12)}${share(each.offered, each.inScope)}`,
    ),
  ].join('\n');
}

function main(): void {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const answerer = createAnswerer(parsed.config, kindantePack().knowledge, kindantePack().words);
  const answer = (question: string) => answerer(question);
  const tuningFolder = path.join(FIXTURES, 'qa');
  const out: string[] = [];
  for (const file of readdirSync(tuningFolder)
    .filter((name) => /^questions.*\.json$/u.test(name))
    .sort())
    out.push(
      report(
        `tuning (test/fixtures/qa/${file})`,
        tallyQuestions(path.join(tuningFolder, file), answer, 'tuning'),
      ),
    );
  // EVAL_TUNING_ONLY=1 prints the tuning sets alone, for whoever tunes: they never see held-out rows.
  if (process.env.EVAL_TUNING_ONLY !== '1')
    for (const folder of heldOutFolders(FIXTURES, 'qa-heldout')) {
      const file = path.join(FIXTURES, folder, 'questions.json');
      const name = `held-out (test/fixtures/${folder}/questions.json)`;
      out.push(
        existsSync(file) ? report(name, tallyQuestions(file, answer)) : `${name}: not present`,
      );
    }
  process.stdout.write(`${out.join('\n\n')}\n`);
}

// Only when run: importing isRowInScope (the scope gate's trainer) or tallyQuestions (the held-out
// guard) must not print the held-out tables.
if (require.main === module) main();
