// Titles of books and films quoted in a mail ("we lezen het boek 'Mijn vader zit in de
// gevangenis'", "Ken jij 'De zomer van Otto'? … Heel mooi boek"): a situation in a title, or said
// of the character a title names, is a story's, nobody's file.
import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';
import { hasSentenceEnd, sentenceStartOf } from './sentences';
import { fold } from './fold';
import { type TableReader } from './table-lines';

export interface BookTitles {
  /** Where each quoted title stands, [start, end) in the text, quotes included; in text order. */
  spans: readonly (readonly [number, number])[];
  /** First names inside the titles, folded: the story's characters ("otto"). */
  characters: ReadonlySet<string>;
  /**
   * What is said of a title right after it, [start, end): its author ("van R.J. Palacio", "by
   * Kate DiCamillo") and a description in brackets ("(scheiding)", "(een ouder die depressief is)").
   */
  notes?: readonly (readonly [number, number])[];
}

const NO_TITLES: BookTitles = { spans: [], characters: new Set() };

/**
 * An opening quote (' " ‘ “ „) before a capital: the regex engine skips the text between them,
 * far faster than a loop over every character.
 */
const OPENER_BEFORE_CAPITAL = /['"\u2018\u201c\u201e][A-Z]/g;
/** Closing quotes: ' " ’ ” */
const CLOSERS = new Set([39, 34, 0x2019, 0x201d]);
/** The longest title looked for. */
const TITLE_MAX = 80;
/** Characters before the title in which a book word names it ("het leesboek 'Mijn …'"). */
const CUE_BEFORE = 40;
/** Characters after the title in which a book word says it was one ("… Heel mooi boek"). */
const CUE_AFTER = 200;
/** Words that make a quoted title a book's or a film's. */
const BOOK_WORDS = [
  'boek',
  'roman',
  'verhaal',
  'film',
  'voorlees',
  'voorlezen',
  'leesclub',
  'leeskring',
  // A story's main character named after the quote: "'De winter van Joost' … De vader van de hoofdpersoon".
  'hoofdpersoon',
  'main character',
  // "this article from a child psychologist, 'Ten ways to help a worried child'": an article's title.
  'artikel',
  'article',
  // "We lezen in groep 4 'Rens en de woorden …'": what a class reads together is a book.
  'we lezen',
  'lezen we',
  'we read',
  'we are reading',
  "we're reading",
  'bieb',
  'bibliothe',
  'book',
  'novel',
  'story',
  'library',
];
/** Names of a reading club, whose mail is about the book it reads. */
const READING_CLUB_WORDS = [
  'leesclub',
  'leeskring',
  'boekenclub',
  'book club',
  'bookclub',
  'reading club',
  // The book a club reads, by its kind ("we bespreken de roman", "the novel we read").
  'de roman',
  'the novel',
];

/**
 * "Donderdag bespreken we in de leesclub de roman …", "our book club reads a novel about …": a
 * reading club's mail speaks of the book's characters, whose troubles are nobody's file.
 */
export function isReadingClubText(folded: string): boolean {
  return READING_CLUB_WORDS.some((word) => folded.includes(word));
}

/** Column headers of a reading list: its books' titles and their authors. */
const TITLE_HEADERS = new Set(['titel', 'title', 'boek', 'book', 'boektitel']);
const AUTHOR_HEADERS = new Set(['auteur', 'author', 'schrijver', 'writer']);

/**
 * A row of a reading list ("titel;auteur;groep;onderwerp" over "Papa in de gevangenis;Lieve
 * Baeten;3-6;ouder in detentie"): a book's title, author and theme, nobody's file.
 */
export function isInReadingList(tables: TableReader, position: number): boolean {
  const header = tables.headerCellsAt(position);
  return (
    header !== undefined &&
    header.some((cell) => TITLE_HEADERS.has(fold(cell))) &&
    header.some((cell) => AUTHOR_HEADERS.has(fold(cell)))
  );
}

/** Words before a quote that make it speech or writing, not a title: "Mees zei: 'Papa zit vast'". */
const SPEECH_WORDS = [
  'zei',
  'zegt',
  'vertelde',
  'vertelt',
  'riep',
  'schreef',
  'schrijft',
  'vroeg',
  'said',
  'says',
  'told',
  'wrote',
  'asked',
];

/**
 * Quoted titles with a book word before or after them, and the first names inside them. Most
 * mails hold no quote opening a capitalised phrase and cost one regex search.
 */
export function findBookTitles(text: string, folded: string): BookTitles {
  let spans: [number, number][] | undefined;
  let notes: [number, number][] | undefined;
  let characters: Set<string> | undefined;
  OPENER_BEFORE_CAPITAL.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = OPENER_BEFORE_CAPITAL.exec(text)) !== null) {
    const open = found.index;
    if (open > 0 && isLetterOrDigit(text.charCodeAt(open - 1))) continue;
    const close = closingQuote(text, open);
    if (close === undefined) continue;
    if (!isBookTitle(folded, open, close)) continue;
    (spans ??= []).push([open, close + 1]);
    for (const word of folded.slice(open + 1, close).split(/[^a-z]+/))
      if (NAMES.has(word)) (characters ??= new Set()).add(word);
    const introduced = characterIntroduced(text, folded, close + 1);
    if (introduced) (characters ??= new Set()).add(introduced);
    const hero = characterAfter(folded, close + 1);
    if (hero) (characters ??= new Set()).add(hero);
    // "'Wonder' van R.J. Palacio", "'Twee huizen' (scheiding)": the author and the description.
    const noteEnd = titleNoteEnd(text, close + 1);
    if (noteEnd > close + 1) (notes ??= []).push([close + 1, noteEnd]);
    // "'Het leven volgens Bente'. Bente (10) heeft ADHD": a summary opening with a character's age.
    const summary = summaryAfter(text, noteEnd);
    if (summary) {
      for (const name of summary.names) (characters ??= new Set()).add(name);
      (notes ??= []).push(summary.span);
    }
    // A quote inside the title opens none.
    OPENER_BEFORE_CAPITAL.lastIndex = close + 1;
  }
  // "met groep 8 Inside Out 2 gekeken", "samen Matilda van Roald Dahl lezen": titles unquoted.
  for (const title of unquotedTitles(text, folded)) {
    (spans ??= []).push([title.start, title.end]);
    for (const hero of title.characters) (characters ??= new Set()).add(hero);
  }
  // "het nieuwe klassenleesboek … het gaat over Tim (11) wiens vader …": a story with no title.
  for (const hero of untitledCharacters(text, folded)) (characters ??= new Set()).add(hero);
  // "The story: Tom is 10 and his dad has just lost his job": a story told in a lesson plan.
  for (const story of toldStories(folded, text)) {
    for (const name of story.names) (characters ??= new Set()).add(name);
    (notes ??= []).push(story.span);
  }
  if (!spans && !characters) return NO_TITLES;
  // Quoted titles come first, then unquoted ones: in text order, a title is found by binary search.
  spans?.sort((a, b) => a[0] - b[0]);
  const titles: BookTitles = { spans: spans ?? [], characters: characters ?? new Set() };
  if (notes) titles.notes = notes;
  return titles;
}

/** Characters after a title in which its author ("van R.J. Palacio") may stand. */
const BYLINE_REACH = 40;
/** Words that introduce a title's author. */
const BYLINE_WORDS = [' van ', ' by ', ' door '];
/** The longest description in brackets after a title. */
const DESCRIPTION_MAX = 100;

/**
 * Where what is said of a title right after it ends: its author, capitalised words and initials
 * after "van", "by" or "door" ("van R.J. Palacio", "by Kate DiCamillo"), and a description in
 * brackets ("(scheiding)", "(over de dood van een opa)"). `from` itself when there is neither.
 */
function titleNoteEnd(text: string, from: number): number {
  let end = from;
  const byline = BYLINE_WORDS.find((words) => text.startsWith(words, end));
  if (byline) {
    let at = end + byline.length;
    const limit = Math.min(text.length, at + BYLINE_REACH);
    // Capitalised words and initials, with "van", "de", "der" between: "Eline de Kruijf".
    let last = end;
    while (at < limit) {
      let wordEnd = at;
      while (wordEnd < limit && isNameChar(text.charCodeAt(wordEnd))) wordEnd++;
      if (wordEnd === at) break;
      const word = text.slice(at, wordEnd);
      const code = word.charCodeAt(0);
      // "Palacio." ends the sentence (an initial, "R.J.", does not): the summary follows.
      if (code >= 65 && code <= 90 && word.endsWith('.') && !INITIALS.test(word)) {
        last = wordEnd - 1;
        break;
      }
      if (code >= 65 && code <= 90) last = wordEnd;
      else if (!NAME_PARTICLES.has(word)) break;
      if (text.charCodeAt(wordEnd) !== 32) break;
      at = wordEnd + 1;
    }
    end = last;
  }
  let open = end;
  if (text.charCodeAt(open) === 32) open++;
  if (text.charCodeAt(open) !== 40) return end;
  // The closing bracket within DESCRIPTION_MAX characters, on the same line.
  const limit = Math.min(text.length, open + DESCRIPTION_MAX + 1);
  for (let at = open + 1; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return end;
    if (code === 41) return at + 1;
  }
  return end;
}

/** Initials: "R.", "R.J.". */
const INITIALS = /^(?:[A-Z]\.)+$/;
/** Small words inside a surname: "de Kruijf", "van der Berg". */
const NAME_PARTICLES = new Set(['de', 'van', 'der', 'den', 'het', 'ten', 'ter', 'von']);

/** Letters, dots, apostrophes and hyphens of a name or initials ("R.J.", "O'Brien"). */
function isNameChar(code: number): boolean {
  return isLetterOrDigit(code) || code === 46 || code === 39 || code === 45;
}

/**
 * "Bente (10) heeft", "Auggie Pullman is tien en", "Tom is 10 and": the sentence right after a
 * title (or a "story:" cue) opening with a capitalised name (and a surname) and an age. Group 1 is
 * the name, group 2 the surname.
 */
const AGED_CHARACTER =
  /^[.!?:,]?\s{0,3}([A-Z][a-z]+)(?: ([A-Z][a-z]+))? (?:\(\d{1,2}\)|is (?:\d{1,2}|zes|zeven|acht|negen|tien|elf|twaalf|six|seven|eight|nine|ten|eleven|twelve)\b)/;
/** The longest summary paragraph read as the story's. */
const SUMMARY_MAX = 600;

interface Summary {
  /** The characters, folded: "bente", or "auggie" and "pullman". */
  names: string[];
  /** Where the summary runs, [start, end): to the end of its paragraph. */
  span: [number, number];
}

/**
 * A summary right after a title (or a story cue) that opens with its main character and their
 * age: "'Het leven volgens Bente'. Bente (10) heeft ADHD …", "The story: Tom is 10 and his dad …".
 * Everyone the paragraph names is the story's ("His best friend Priya notices …"). A mail about
 * a real child does not give their age right after a book's title.
 */
function summaryAfter(text: string, from: number): Summary | undefined {
  const found = AGED_CHARACTER.exec(text.slice(from, from + 80));
  if (!found?.[1]) return undefined;
  const names = [found[1].toLowerCase()];
  if (found[2]) names.push(found[2].toLowerCase());
  const start = from + found.index + found[0].indexOf(found[1]);
  // The paragraph's end, read no further than SUMMARY_MAX characters.
  const blank = text.slice(start, start + SUMMARY_MAX + 1).indexOf('\n\n');
  const end = blank < 0 ? Math.min(text.length, start + SUMMARY_MAX) : start + blank;
  return { names, span: [start, end] };
}

/** Cues that open a story told in a lesson or a review: "The story: Tom is 10 …". */
const STORY_CUES = ['story:', 'verhaal:', 'the book:', 'het boek:'];

/**
 * The summaries right after a story cue ("Het verhaal: Sem (9) …"), cue by cue in STORY_CUES'
 * order. Every cue ends in a colon: one search for colons, not one search of the text per cue.
 */
function toldStories(folded: string, text: string): Summary[] {
  const byCue: Summary[][] = STORY_CUES.map(() => []);
  for (let colon = folded.indexOf(':'); colon >= 0; colon = folded.indexOf(':', colon + 1))
    STORY_CUES.forEach((cue, index) => {
      const at = colon + 1 - cue.length;
      const story =
        at >= 0 && folded.startsWith(cue, at) ? summaryAfter(text, colon + 1) : undefined;
      if (story) byCue[index]?.push(story);
    });
  return ([] as Summary[]).concat(...byCue);
}

/** Reading and watching verbs a Dutch sentence ends on, after what is read or watched. */
const VIEWING_VERBS =
  /(?:^|[^a-z])(lezen|gelezen|voorlezen|voorgelezen|uitgelezen|kijken|gekeken|bekeken)(?=$|[^a-z])/g;
/** English reading and watching verbs, which the title follows. */
const ENGLISH_VIEWING_VERBS = /(?:^|[^a-z])(?:watched|watching|reading|read)(?= )/g;
/** Words before a capitalised run that make it the verb's subject or company, not a title. */
const NOT_BEFORE_TITLE = new Set([
  'heeft',
  'hebben',
  'had',
  'hadden',
  'is',
  'zijn',
  'was',
  'waren',
  'gaat',
  'gaan',
  'ging',
  'gingen',
  'mag',
  'mogen',
  'moet',
  'moeten',
  'kan',
  'kunnen',
  'wil',
  'willen',
  'zal',
  'zullen',
  'met',
  'en',
  'of',
  'door',
  'voor',
  'aan',
  'bij',
  'dan',
  'juf',
  'juffrouw',
  'meester',
  'mevrouw',
  'meneer',
]);
/** Characters around an unquoted title in which a book or film word must stand. */
const UNQUOTED_CUE_REACH = 300;
/** The most capitalised words an unquoted title (its author apart) is read as. */
const UNQUOTED_TITLE_WORDS = 4;

interface UnquotedTitle {
  start: number;
  end: number;
  characters: string[];
}

/**
 * "ik heb met groep 8 Inside Out 2 gekeken … Na de film", "we gaan samen Matilda van Roald Dahl
 * lezen … het boek": capitalised words (a number last, an author after "van") right before a verb
 * of reading or watching, with a book or film word near. A single word is a title only with its
 * author, and then the story's character too ("Matilda"); "heeft Daan voorgelezen", "met Sem
 * gelezen" are a reader and a companion.
 */
function unquotedTitles(text: string, folded: string): UnquotedTitle[] {
  const titles: UnquotedTitle[] = [];
  for (const found of folded.matchAll(VIEWING_VERBS)) {
    const verb = found.index + found[0].length - (found[1]?.length ?? 0);
    const words: [number, number][] = [];
    let author = 0;
    let at = verb - 1;
    let previous: string | undefined;
    while (at > 0 && text.charCodeAt(at) === 32) {
      let start = at;
      while (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))) start--;
      if (start === at) break;
      const word = folded.slice(start, at);
      const isNumber = /^\d+$/.test(word);
      if (word === 'van' && author === 0 && words.length > 0 && words.length <= 2) {
        author = words.length;
      } else if (
        (isNumber && words.length === 0) ||
        (!isNumber && isCapital(text.charCodeAt(start)))
      ) {
        words.push([start, at]);
        // A longer run is no title (unquotedTitle rejects it): stop reading back.
        if (words.length - author > UNQUOTED_TITLE_WORDS) break;
      } else {
        previous = word;
        break;
      }
      at = start - 1;
    }
    if (previous === undefined || NOT_BEFORE_TITLE.has(previous)) continue;
    const title = unquotedTitle(folded, words.slice(author).reverse(), author > 0);
    if (title) titles.push(title);
  }
  // English puts the title after the verb: "we watched Inside Out 2", "reading Matilda by Roald Dahl".
  for (const found of folded.matchAll(ENGLISH_VIEWING_VERBS)) {
    const words: [number, number][] = [];
    let author = 0;
    let at = found.index + found[0].length;
    while (at < text.length && text.charCodeAt(at) === 32) {
      const start = at + 1;
      let end = start;
      while (end < text.length && isLetterOrDigit(text.charCodeAt(end))) end++;
      if (end === start) break;
      const word = folded.slice(start, end);
      if (word === 'by' && author === 0 && words.length > 0) author = words.length;
      else if (/^\d+$/.test(word) && author === 0 && words.length > 0) {
        words.push([start, end]);
        at = end;
        break;
      } else if (isCapital(text.charCodeAt(start))) words.push([start, end]);
      else break;
      at = end;
      // A longer run is no title (unquotedTitle rejects it, and two words after "by" at most are
      // the author's): stop reading on.
      if (author === 0 ? words.length > UNQUOTED_TITLE_WORDS : words.length - author > 2) break;
    }
    // "by Roald Dahl": one or two words after "by" are the author.
    const authorWords = author > 0 ? words.length - author : 0;
    if (author > 0 && (authorWords < 1 || authorWords > 2)) continue;
    const title = unquotedTitle(folded, author > 0 ? words.slice(0, author) : words, author > 0);
    if (title) titles.push(title);
  }
  return titles;
}

/**
 * The title made of `words` (in reading order), or undefined: one to four words, one word only
 * with its author, not a first name and a surname ("Anna Janssen"), and a book or film word near.
 */
function unquotedTitle(
  folded: string,
  words: readonly (readonly [number, number])[],
  hasAuthor: boolean,
): UnquotedTitle | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length > UNQUOTED_TITLE_WORDS) return undefined;
  if (words.length === 1 && !hasAuthor) return undefined;
  const texts = words.map(([start, end]) => folded.slice(start, end));
  if (texts.length === 2 && NAMES.has(texts[0] ?? '')) return undefined;
  const near = folded.slice(
    Math.max(0, first[0] - UNQUOTED_CUE_REACH),
    last[1] + UNQUOTED_CUE_REACH,
  );
  if (!near.split(/[^a-z]+/).some(isStoryWord)) return undefined;
  return {
    start: first[0],
    end: last[1],
    characters: texts.filter((word) => NAMES.has(word) || texts.length === 1),
  };
}

/** Characters before an untitled summary in which a story word says it is a book's. */
const STORY_CUE_BEFORE = 200;
/** Whole words that name a story (not "logboek", "boekhouding"), and any word ending in "leesboek". */
const STORY_WORDS = new Set([
  'boek',
  'prentenboek',
  'kinderboek',
  'jeugdboek',
  'roman',
  'verhaal',
  'film',
  'book',
  'novel',
  'story',
]);

function isStoryWord(word: string): boolean {
  return STORY_WORDS.has(word) || word.endsWith('leesboek');
}

/**
 * The capitalised names a summary introduces ("het gaat over Tim", "it is about Sam") where a
 * story word ("klassenleesboek", "novel") stands shortly before it, folded. Usually none: the
 * summary words are rare.
 */
function untitledCharacters(text: string, folded: string): string[] {
  const heroes: string[] = [];
  // matchAll leaves SUMMARY's own lastIndex at 0, so characterIntroduced can search with it too.
  for (const { index: at } of folded.matchAll(SUMMARY)) {
    // The story word stands before the summary: "het verhaal over Tim" alone may be a real one.
    const before = folded.slice(Math.max(0, at - STORY_CUE_BEFORE), at);
    if (!before.split(/[^a-z]+/).some(isStoryWord)) continue;
    const hero = characterIntroduced(text, folded, at);
    // A name the mail spoke of before the summary is someone real ("Tim vergat zijn leesboek").
    if (
      hero &&
      !folded
        .slice(0, at)
        .split(/[^a-z]+/)
        .includes(hero)
    )
      heroes.push(hero);
  }
  return heroes;
}

/** Characters after a title in which its summary introduces the main character. */
const SUMMARY_REACH = 120;
/** Words that start a story's summary: "Het gaat over Milo, wiens vader …", "It is about Sam". */
const SUMMARY_WORDS = [
  'gaat over ',
  'boek over ',
  'book about ',
  'verhaal over ',
  'verhaal van ',
  'is about ',
  'story of ',
  'tells of ',
];

/** The summary words as one search; none is part of another, so every place is found once. */
const SUMMARY = new RegExp(SUMMARY_WORDS.join('|'), 'g');

/**
 * "… het boek 'De zomer dat papa weg was'. Het gaat over Milo, wiens vader in de gevangenis zit":
 * the capitalised first name a summary right after the title is about, folded; undefined if none.
 */
function characterIntroduced(text: string, folded: string, from: number): string | undefined {
  for (const found of folded.slice(from, from + SUMMARY_REACH).matchAll(SUMMARY)) {
    const start = from + found.index + found[0].length;
    const name = wordAt(folded, start, start + 30);
    // Capitalised after "gaat over" it is the character, listed as a first name or not ("Milo").
    if (name && name.length > 1 && isCapital(text.charCodeAt(start))) return name;
  }
  return undefined;
}

/** "'Mijn broer is een ster' over Jonas", "(about Mia, whose …)": whom the story is about. */
const ABOUT_AFTER_TITLE = /^[ ,.(]{0,3}(?:over|about) /;

/** The first name right after a title and "over"/"about": the story's character. */
function characterAfter(folded: string, from: number): string | undefined {
  const end = from + 24;
  const about = ABOUT_AFTER_TITLE.exec(folded.slice(from, end));
  const name = about ? wordAt(folded, from + about[0].length, end) : undefined;
  return name !== undefined && NAMES.has(name) ? name : undefined;
}

/** The folded word starting at `start` and cut at `end`, if a letter stands there. */
function wordAt(folded: string, start: number, end: number): string | undefined {
  return /^[a-z]+/.exec(folded.slice(start, end))?.[0];
}

/** What opens a story's plot after its title: "'Mijn papa is een wolk' gekocht, over een meisje …". */
const PLOT_OPENERS = [' over een ', ' about a ', ' about an '];
/** Characters after a title in which its plot is read. */
const PLOT_REACH = 160;

/**
 * Whether the last title before `start` stands earlier in its sentence with a plot opener between:
 * "het prentenboek 'Mijn papa is een wolk' gekocht, over een meisje van wie de vader depressief is".
 */
function isInPlot(
  folded: string,
  titles: BookTitles,
  sentenceStart: number,
  start: number,
): boolean {
  // The last title starting before `start` (spans are in text order).
  const { spans } = titles;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.[0] ?? Infinity) < start) low = middle + 1;
    else high = middle;
  }
  const titleEnd = spans[low - 1]?.[1];
  if (
    titleEnd === undefined ||
    titleEnd <= sentenceStart ||
    titleEnd > start ||
    start - titleEnd > PLOT_REACH
  )
    return false;
  const between = folded.slice(titleEnd, start);
  return PLOT_OPENERS.some((opener) => between.includes(opener));
}

/** Words that say a sentence is about a story's character: "de hoofdpersoon heeft een moeder …". */
const CHARACTER_WORDS = ['hoofdpersoon', 'personage', 'main character', 'protagonist'];

/** Whether `position` lies inside one of the titles (a person word there is the story's). */
export function isInTitle(titles: BookTitles, position: number): boolean {
  return isInsideSpan(titles, position, position + 1);
}

/**
 * The titles' spans and notes sorted by their start, with the furthest end of each and all before
 * it: whether a stretch lies inside one is one binary search, not a pass over them all.
 */
interface SpanIndex {
  starts: number[];
  furthestEnds: number[];
}

const SPAN_INDEXES = new WeakMap<BookTitles, SpanIndex>();

function spanIndex(titles: BookTitles): SpanIndex {
  let index = SPAN_INDEXES.get(titles);
  if (index) return index;
  const spans = [...titles.spans, ...(titles.notes ?? [])].sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const furthestEnds: number[] = [];
  let furthest = -1;
  for (const [from, to] of spans) {
    furthest = Math.max(furthest, to);
    starts.push(from);
    furthestEnds.push(furthest);
  }
  index = { starts, furthestEnds };
  SPAN_INDEXES.set(titles, index);
  return index;
}

/** Whether [start, end) lies inside one of the titles' spans or notes. */
function isInsideSpan(titles: BookTitles, start: number, end: number): boolean {
  if (titles.spans.length === 0 && !titles.notes?.length) return false;
  const { starts, furthestEnds } = spanIndex(titles);
  // The last span starting at or before `start`.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low > 0 && (furthestEnds[low - 1] ?? -1) >= end;
}

/** The quote closing the title opened at `open`; an apostrophe inside a word ("Otto's") is none. */
function closingQuote(text: string, open: number): number | undefined {
  const limit = Math.min(text.length, open + TITLE_MAX);
  for (let i = open + 2; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return undefined;
    if (CLOSERS.has(code) && !isLetterOrDigit(text.charCodeAt(i + 1))) return i;
  }
  return undefined;
}

function isBookTitle(folded: string, open: number, close: number): boolean {
  const before = folded.slice(Math.max(0, open - CUE_BEFORE), open);
  const wordsBefore = before.split(/[^a-z]+/);
  // "Mees zei: 'Papa zit vast'", "ze schreef 'Ik wil dood'": speech, not a title.
  if (wordsBefore.some((word) => SPEECH_WORDS.includes(word))) return false;
  // "- Rouw: 'Kikker en het vogeltje' (…) en 'Een huis vol herinneringen'" under "prentenboeken
  // over lastige onderwerpen:": a quote in an item of a list whose lead names books.
  if (BOOK_WORDS.some((word) => listLead(folded, open).includes(word))) return true;
  // "Mijn tip voor de schoolbieb: 'Het leven volgens Bente'": after a colon only a book word
  // before it makes a title; a quote after a bare colon is someone's words.
  if (before.trimEnd().endsWith(':')) return BOOK_WORDS.some((word) => before.includes(word));
  if (BOOK_WORDS.some((word) => before.includes(word))) return true;
  const after = folded.slice(close + 1, close + 1 + CUE_AFTER);
  return BOOK_WORDS.some((word) => after.includes(word));
}

/** Characters before a list's first item in which its lead sentence names books. */
const LIST_LEAD_REACH = 160;
/** Lines of a list (items, section headings, blank lines) read back from one item to its lead. */
const MAX_LIST_LINES = 24;
/** The longest line read as a heading of a list's section. */
const HEADING_MAX = 40;

/** A (short) line that ends no sentence ("Ziekte in het gezin", ""): a section's heading. */
function isSectionHeading(line: string): boolean {
  return !/[.!?:,;]$/.test(line.trim());
}

/**
 * '- "Twee huizen" (scheiding)' under "een lijstje van prentenboeken over moeilijke onderwerpen:":
 * for a title opening a list item, the text before the list's first item, where its lead sentence
 * stands; empty when the title opens no list item.
 */
function listLead(folded: string, open: number): string {
  let lineStart = listItemStart(folded, open);
  if (lineStart < 0) return '';
  // A list in sections ("Scheiding\n- 'Twee huizen' …\n\nRouw\n- …") reads back over its
  // headings and the blank lines between them, to the lead above the first section.
  for (let lines = 0; lines < MAX_LIST_LINES && lineStart > 0; lines++) {
    const previous = folded.lastIndexOf('\n', lineStart - 2) + 1;
    const marker = folded.slice(previous, previous + 3).trimStart();
    const isHeading =
      lineStart - 1 - previous <= HEADING_MAX &&
      isSectionHeading(folded.slice(previous, lineStart - 1));
    if (!LIST_MARKERS.some((lead) => marker.startsWith(lead)) && !isHeading) break;
    lineStart = previous;
  }
  return folded.slice(Math.max(0, lineStart - LIST_LEAD_REACH), lineStart);
}

/** What opens a list item: "- ", "* ", "• ". */
const LIST_MARKERS = ['- ', '* ', '\u2022 '];

/** The list markers' character codes: - * •. */
const LIST_MARKER_CODES = new Set([45, 42, 0x2022]);
const WHITE_SPACE = /\s/;

/** How far into a list item a title may stand ("- Rouw: 'Kikker …' en 'Een huis …'"). */
const LIST_ITEM_REACH = 120;

/**
 * The start of the line when `open` lies in a list item (a line opening with a list marker,
 * spaces around it) within LIST_ITEM_REACH of its start, or -1.
 */
function listItemStart(folded: string, open: number): number {
  // Read back at most LIST_ITEM_REACH characters: a megabyte on one line costs no more per quote.
  let lineStart = open;
  while (lineStart > 0 && folded.charCodeAt(lineStart - 1) !== 10) {
    if (open - lineStart >= LIST_ITEM_REACH) return -1;
    lineStart--;
  }
  let at = lineStart;
  while (at < open && isSpaceInLine(folded, at)) at++;
  return at < open && LIST_MARKER_CODES.has(folded.charCodeAt(at)) && isSpaceInLine(folded, at + 1)
    ? lineStart
    : -1;
}

/** White space other than the newline (what trim() removes inside a line). */
function isSpaceInLine(folded: string, at: number): boolean {
  return folded.charCodeAt(at) !== 10 && WHITE_SPACE.test(folded.charAt(at));
}

/**
 * Whether `start`–`end` lies inside a title, or in a sentence that names one of its characters:
 * "Otto's vader zit vast en zijn moeder ligt in het ziekenhuis" after "Ken jij 'De zomer van Otto'?".
 */
export function isAboutStory(
  folded: string,
  titles: BookTitles,
  start: number,
  end: number,
): boolean {
  if (titles.spans.length === 0 && titles.characters.size === 0) return false;
  if (isInsideSpan(titles, start, end)) return true;
  const from = sentenceStartOf(folded, start);
  let to = end;
  while (to < folded.length && to - end < 300 && !hasSentenceEnd(folded, to, to + 1)) to++;
  // "In dat boek heeft de hoofdpersoon een moeder die verslaafd is": the story's main character.
  const sentence = folded.slice(from, to);
  if (CHARACTER_WORDS.some((word) => sentence.includes(word))) return true;
  if (isInPlot(folded, titles, from, start)) return true;
  if (titles.characters.size === 0) return false;
  for (const word of folded.slice(from, to).split(/[^a-z]+/))
    if (titles.characters.has(word)) return true;
  return false;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLetterOrDigit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code > 0xbf
  );
}
