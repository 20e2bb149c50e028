// Finds the writer's pregnancy counted in weeks: "Ik ben nu 13 weken, dus het mag nog niet iedereen
// weten", "ik ben nu elf weken en het gaat goed", "I'm 13 weeks along". "Ik ben" with a number of
// weeks and nothing after it that says what the weeks are of is how a pregnancy is told; "ik ben
// drie weken weg", "ik ben twee weken op vakantie", "ik ben nu 6 weken na de operatie" go on to
// say what they are of, and do not count.

interface PregnancyWeeksHit {
  start: number;
  end: number;
}

/** The word for weeks (folded text); what stands before it is read word by word. */
const WEEKS = /(?:^|[^a-z])(?:weken|weeks)(?![a-z])/g;
/** Characters before the weeks word in which "ik ben nu 13" is read. */
const BEFORE_REACH = 30;
/** Words between "ik ben" and the number: "ik ben nu 13 weken", "I'm already 13 weeks". */
const ADVERBS = new Set(['nu', 'pas', 'al', 'bijna', 'inmiddels', 'now', 'already', 'almost']);
/** What may follow the weeks: the sentence or clause ends, or the pregnancy is named. */
const AFTER_WEEKS =
  /^(?:$|[.,;:!?)\n]| en | dus | maar | zwanger| along| pregnant| and | so | but )/;
/** Number words for the weeks of a pregnancy told (4 to 20), in Dutch and English. */
const WEEK_NUMBERS = new Set([
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
  'twintig',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
]);
/** Weeks of a pregnancy told by number: from 4 (a test) to 42. */
const MIN_WEEKS = 4;
const MAX_WEEKS = 42;

/** @example findPregnancyWeeks('ik ben nu 13 weken, dus …') // [{ start: 0, end: 18 }] */
export function findPregnancyWeeks(folded: string): PregnancyWeeksHit[] {
  const hits: PregnancyWeeksHit[] = [];
  for (const match of folded.matchAll(WEEKS)) {
    const end = match.index + match[0].length;
    if (!AFTER_WEEKS.test(folded.slice(end, end + 10))) continue;
    const weeksStart = end - 5;
    const from = Math.max(0, weeksStart - BEFORE_REACH);
    // "… ik ben nu 13 " before "weken": the words, last first.
    const words = folded
      .slice(from, weeksStart)
      .split(/[ \n\t]/)
      .reverse();
    if (words[0] !== '' || !isWeekCount(words[1] ?? '')) continue;
    let at = 2;
    if (ADVERBS.has(words[at] ?? '')) at++;
    const subject = writerBefore(words, at);
    if (subject === undefined) continue;
    // The words read, back from the weeks word (each separator one character, as written).
    const start = weeksStart - words.slice(0, at + subject).join(' ').length;
    hits.push({ start, end });
  }
  return hits;
}

/** How many words the writer as subject takes at `at` ("ben ik" reversed: 2), or undefined. */
function writerBefore(words: readonly string[], at: number): number | undefined {
  const verb = words[at] ?? '';
  const subject = words[at + 1] ?? '';
  if (verb === "i'm") return 1;
  if ((verb === 'ben' && subject === 'ik') || (verb === 'am' && subject === 'i')) return 2;
  return undefined;
}

/** A number of weeks a pregnancy is told by: 4 to 42 in digits, or a number word. */
function isWeekCount(word: string): boolean {
  if (!/^\d{1,2}$/.test(word)) return WEEK_NUMBERS.has(word);
  const count = Number(word);
  return count >= MIN_WEEKS && count <= MAX_WEEKS;
}
