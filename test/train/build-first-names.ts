// Builds shared/policy/lexicon/world-first-names.json: given names of many origins from the
// human-names package (MIT licence; its Dutch, English, French, German, Spanish and Italian
// lists), to add to the hand-made FIRST_NAMES. A pupil named "Arjun" or "Siobhán" is as
// identifiable as a "Daan", but a capitalised word only counts as a name when a list or its
// place in the sentence says so.
// A name that is also a word staff write would make a person of that word, so these are left
// out: names of one or two letters, calendar and compass words, and every name the tuning mails
// and questions write in lower case about as often as capitalised ("will", "hope", "grace" in
// "grace period"). Only tuning data is read, never a held-out folder.
//   npx tsx test/train/build-first-names.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DUTCH_WEEKDAYS } from '../../shared/policy/lexicon/day-names';
import { FIRST_NAMES } from '../../shared/policy/lexicon/first-names';
import { fold } from '../../shared/scan/text/fold';
import { NOT_NAMES } from '../../shared/scan/text/person-mentions';
import { corpusPolicy, loadCorpus } from './detection-corpus';
import { tuningQuestionFiles } from './tuning-questions';

const SOURCE = path.dirname(require.resolve('human-names/package.json'));
const OUTPUT = path.resolve(__dirname, '../../shared/policy/lexicon/world-first-names.json');

/** Shorter names ("Ab", "Jo") are too often parts of other words or initials. */
const MIN_LENGTH = 3;
/**
 * Words that are names in the lists and something else in school mail, beside the scan's own
 * NOT_NAMES (months, English weekdays, holidays): Dutch weekdays, seasons and compass points;
 * "Lieve collega's" greets; the policy's own words ("eren", "king" in "ranking") stay words.
 */
const ALSO_NOT_NAMES = new Set([
  ...DUTCH_WEEKDAYS,
  ...'kerst lente zomer herfst winter spring summer autumn'.split(' '),
  ...'noord oost zuid west north east south'.split(' '),
  ...'lieve eren ger ira king len'.split(' '),
]);
/** A name is a word when staff write it in lower case at least this often… */
const MIN_LOWER = 2;
/** …and that is at least this share of how often it is capitalised. */
const LOWER_SHARE = 0.3;
/** Seen once in lower case, it is a word unless capitalised at least this many times as often. */
const CAPITALISED_PER_LOWER = 3;

const WORD = /[A-Za-z\u00C0-\u00FF'-]+/gu;

/** How often each word is written in lower case, and capitalised. */
interface CaseCounts {
  lower: Map<string, number>;
  capitalised: Map<string, number>;
}

/** The case counts of the words of the tuning mails and questions. */
async function countCases(): Promise<CaseCounts> {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const count = (text: string) => {
    for (const [word] of text.matchAll(WORD)) {
      if (word === word.toLowerCase()) lower.set(word, (lower.get(word) ?? 0) + 1);
      else if (word[0] !== word[0]?.toLowerCase())
        capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
    }
  };
  for (const mail of await loadCorpus(corpusPolicy()))
    for (const { text } of mail.texts) count(text);
  for (const { rows } of tuningQuestionFiles()) for (const { question } of rows) count(question);
  return { lower, capitalised };
}

function isWordStaffWrite(name: string, { lower, capitalised }: CaseCounts): boolean {
  // The scanners read folded text: "Côme" is read as "come", a word.
  const folded = fold(name);
  const low =
    (lower.get(name.toLowerCase()) ?? 0) +
    (folded === name.toLowerCase() ? 0 : (lower.get(folded) ?? 0));
  const capital = capitalised.get(name) ?? 0;
  return (
    (low >= MIN_LOWER && low >= LOWER_SHARE * capital) ||
    (low >= 1 && capital < CAPITALISED_PER_LOWER * low)
  );
}

async function main(): Promise<void> {
  const known = new Set(FIRST_NAMES.map((name) => name.toLowerCase()));
  const listed = new Set<string>();
  for (const file of readdirSync(path.join(SOURCE, 'data')).sort())
    for (const name of JSON.parse(
      readFileSync(path.join(SOURCE, 'data', file), 'utf8'),
    ) as string[])
      listed.add(name);
  const counts = await countCases();
  const names = [...listed]
    .filter(
      (name) =>
        /^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u00FF'-]+$/u.test(name) &&
        name.length >= MIN_LENGTH &&
        !known.has(name.toLowerCase()) &&
        !NOT_NAMES.has(name.toLowerCase()) &&
        !ALSO_NOT_NAMES.has(name.toLowerCase()) &&
        !isWordStaffWrite(name, counts),
    )
    .sort();
  writeFileSync(OUTPUT, `${JSON.stringify(names, null, 2)}\n`);
  process.stdout.write(`${names.length} names of ${listed.size} listed written to ${OUTPUT}\n`);
}

void main();
