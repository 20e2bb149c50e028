// The learned model's person check: a window the model scores high only counts when the rules'
// own reading of people finds someone identifiable there (Bijlage 7 is about identifiable people).
// "een leerling uit groep 7" and "leerling A." stay anonymous, a newsletter's "uw kind" is no one.
// Runs only for a window that already scored high, on that stretch of text alone.
import { type BookTitles, findBookTitles, isInTitle } from '../text/book-titles';
import { findPersonMentions, type PersonMention } from '../text/person-mentions';
import { isRuleBookTitled, type SensitiveLexicon } from '../text/sensitive-content';
import type { ModelHead } from './window-scorer';

/** Characters before the window read with it, for the name a pronoun in the window stands for. */
const LEAD = 240;
/** Characters after the window read with it ("… zegt Daan"). */
const TRAIL = 60;
/** A person this far before the window's first word still counts for it. */
const REACH_BEFORE = 80;

/**
 * Words that single out one child ("mijn zoon", "de leerling"). A family word alone ("zijn vader")
 * follows whoever was spoken of before, an anonymous pupil too; "uw" and "you" are any reader.
 */
const CHILD_WORDS = new Set([
  'leerling',
  'leerlinge',
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'kind',
  'kindje',
  'kleuter',
  'jongen',
  'meisje',
  'pupil',
  'son',
  'daughter',
  'child',
  'kid',
]);

/**
 * The person that makes the window at `[from, to)` about someone identifiable, described for the
 * explanation ("name (given name)", "pupil (the word \"zoon\")"), or undefined when nobody there is.
 */
export function identifiablePerson(
  text: string,
  folded: string,
  from: number,
  to: number,
  head: ModelHead,
  lexicon: SensitiveLexicon,
): string | undefined {
  const sliceStart = Math.max(0, from - LEAD);
  const original = text.slice(sliceStart, Math.min(text.length, to + TRAIL));
  const piece = folded.slice(sliceStart, sliceStart + original.length);
  const personHits = [];
  const topicStarts = new Set<number>();
  for (const hit of lexicon.matcher.find(piece)) {
    if (hit.tag.kind === 'person')
      personHits.push({
        term: hit.term,
        tag: hit.tag,
        start: hit.start,
        end: hit.end,
        word: hit.word,
      });
    else if (hit.tag.kind === 'topic') topicStarts.add(hit.start);
  }
  const mentions = findPersonMentions(original, piece, personHits, new Set(), topicStarts);
  const low = from - sliceStart - REACH_BEFORE;
  const high = to - sliceStart;
  const titles = findBookTitles(text, folded);
  // "Verzuimprocedure …\nDe medewerker meldt zich ziek": in a rule book a role word is anyone.
  let isRuleBook: boolean | undefined;
  for (const mention of mentions) {
    if (mention.start < low || mention.start >= high) continue;
    if (!counts(mention, piece, head)) continue;
    if (mention.kind === 'adult' && !mention.isNamed && (isRuleBook ??= isRuleBookTitled(folded)))
      continue;
    if (isStoryCharacter(titles, piece, mention, sliceStart)) continue;
    // "Gisteravond is zijn vader …": a capitalised word before a verb may be a name the lists lack,
    // or a sentence's first word; the model takes it for a name only when the mail repeats it.
    if (mention.cue === NAME_BEFORE_VERB && !isRepeated(folded, piece, mention.start)) continue;
    return describe(mention, piece);
  }
  return undefined;
}

/**
 * "het boek 'De zomer van Jonas' … De vader van Jonas zit in de gevangenis": a name inside a
 * story's title, or the character a title names, is nobody identifiable.
 */
function isStoryCharacter(
  titles: BookTitles,
  piece: string,
  mention: PersonMention,
  sliceStart: number,
): boolean {
  if (titles.spans.length === 0 && titles.characters.size === 0) return false;
  const at = mention.antecedent ?? mention.start;
  return isInTitle(titles, sliceStart + at) || titles.characters.has(wordAt(piece, at));
}

/** The cue findPersonMentions gives a name found only by the verb after it. */
const NAME_BEFORE_VERB = 'name before a verb';

/** Whether the word at `start` of `piece` occurs at least twice in the whole text. */
function isRepeated(folded: string, piece: string, start: number): boolean {
  const word = wordAt(piece, start);
  if (word.length < 2) return false;
  const first = folded.indexOf(word);
  return first >= 0 && folded.indexOf(word, first + word.length) >= 0;
}

function counts(mention: PersonMention, piece: string, head: ModelHead): boolean {
  if (mention.isClass) return false;
  if (mention.kind === 'name') return mention.isNamed;
  // "Mijn zoon ligt wakker … hij moest overgeven": a pronoun counts as the child word it stands for.
  if (mention.kind === 'pupil')
    return (
      head === 'pupil' &&
      (mention.isNamed || CHILD_WORDS.has(wordAt(piece, mention.antecedent ?? mention.start)))
    );
  if (head === 'pupil') return false;
  // An adult: a colleague, a named teacher, the named reader, or the writer speaking of themself.
  if (mention.kind === 'adult') return true;
  return mention.isNamed || mention.isNamedReader === true || mention.isFirstPerson === true;
}

/** "name (given name)", "pupil (the word \"zoon\")": the kind first, as the rules' explanations say it. */
function describe(mention: PersonMention, piece: string): string {
  const why = mention.isNamed
    ? (mention.cue ?? 'a name')
    : mention.kind === 'self'
      ? 'the writer'
      : mention.antecedent === undefined
        ? `the word "${wordAt(piece, mention.start)}"`
        : `a pronoun for the word "${wordAt(piece, mention.antecedent)}"`;
  return `${mention.kind} (${why})`;
}

function wordAt(piece: string, start: number): string {
  let end = start;
  while (end < piece.length && end < start + 16) {
    const code = piece.charCodeAt(end);
    if (code < 97 || code > 122) break;
    end++;
  }
  return piece.slice(start, end);
}
