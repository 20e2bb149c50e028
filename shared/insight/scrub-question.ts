// Turns a question the bot could not answer into text that may be kept: folded, punctuation gone,
// and every name, number, address, postcode, mail address and link replaced by a placeholder. The
// people in it are found as the mail scan finds them (person mentions: listed first names, names
// by their place in the sentence), plus any capitalised word inside a sentence, so an unknown
// surname is dropped too. Pure: the raw text goes in, only the scrubbed text comes out.
import { FIRST_NAMES } from '../policy/lexicon/first-names';
import { fold } from '../scan/text/fold';
import { findPersonMentions, PERSON_WORD_TERMS } from '../scan/text/person-mentions';
import { compileTerms } from '../scan/text/term-matcher';

/** What a placeholder stands for; the placeholder is the only trace of it in the kept text. */
export type ScrubbedKind = 'name' | 'number' | 'address' | 'postcode' | 'mail' | 'link';

export const PLACEHOLDERS: Readonly<Record<ScrubbedKind, string>> = {
  name: '[naam]',
  number: '[nummer]',
  address: '[adres]',
  postcode: '[postcode]',
  mail: '[e-mail]',
  link: '[link]',
};

/** Only the start of a long message is read, as the answerer reads it. */
const MAX_INPUT_CHARS = 700;
/** The kept text is one short line. */
export const MAX_SCRUBBED_CHARS = 200;

/** Street words: "Kerkstraat 12", "Oude Markt 3b" — the street goes with its house number. */
const STREET_ENDINGS = [
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'kade',
  'singel',
  'dreef',
  'hof',
  'park',
  'dijk',
  'steeg',
  'pad',
  'markt',
  'ring',
  'baan',
  'wal',
  'street',
  'road',
  'lane',
  'avenue',
];
/** Words between a given name and a surname: "Daan de Vries", "Fatima el Amrani". */
const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'el', 'al']);
const NAMES = new Set(FIRST_NAMES.map(fold));
/**
 * Words after which a listed first name counts even written small: "mijn zoon luuk", "het dossier
 * van emma". Elsewhere a small "ben" or "roos" is a word, not a name.
 */
const NAME_CUES = new Set([
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'kind',
  'leerling',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'moeder',
  'vader',
  'juf',
  'meester',
  'meneer',
  'mevrouw',
  'collega',
  'van',
  'met',
  'en',
  'heet',
  'genaamd',
  'son',
  'daughter',
  'pupil',
  'named',
]);
const personWords = compileTerms(PERSON_WORD_TERMS);

const PLACEHOLDER = /\[(?:naam|nummer|adres|postcode|e-mail|link)\]/g;
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
// "6041 AB", "6041AB", "6041ab"; a spaced pair must be capitals, so "2026 is" stays a year.
const POSTCODE = /\b\d{4}(?: [A-Z]{2}|[A-Za-z]{2})\b/g;
const WORD = /[\p{L}\p{N}]+(?:['’`-][\p{L}\p{N}]+)*/gu;

interface Token {
  start: number;
  end: number;
  text: string;
  kind?: ScrubbedKind;
}

/**
 * @example scrubQuestion('Mag ik de map van Daan de Vries (BSN 123456782) naar daan@gmail.com sturen?')
 * // 'mag ik de map van [naam] bsn [nummer] naar [e-mail] sturen'
 */
export function scrubQuestion(raw: string): string {
  const text = raw.slice(0, MAX_INPUT_CHARS).normalize('NFC');
  const spans = [
    ...placeholderSpans(text),
    ...mailSpans(text),
    ...spansOf(text, LINK, 'link'),
    ...spansOf(text, POSTCODE, 'postcode'),
  ];
  const tokens: Token[] = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
  for (const token of tokens) {
    const span = spans.find((each) => each.start < token.end && token.start < each.end);
    if (span) token.kind = span.kind;
    else if (/\p{N}/u.test(token.text)) token.kind = 'number';
  }
  markNames(text, tokens);
  markAddresses(tokens);
  return joinTokens(tokens);
}

/** Placeholders already in the text stay placeholders: scrubbing scrubbed text changes nothing. */
function placeholderSpans(text: string) {
  const kinds = new Map(
    (Object.entries(PLACEHOLDERS) as [ScrubbedKind, string][]).map(([kind, text]) => [text, kind]),
  );
  return [...text.matchAll(PLACEHOLDER)].flatMap((match) => {
    const kind = kinds.get(match[0]);
    return kind ? [{ start: match.index, end: match.index + match[0].length, kind }] : [];
  });
}

/** "sanne.jansen@gmail.com": from each "@" out to the characters no address holds. */
function mailSpans(text: string) {
  const spans: { start: number; end: number; kind: ScrubbedKind }[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isAddressChar(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isAddressChar(text.charAt(end))) end++;
    if (start < at && end > at + 1) spans.push({ start, end, kind: 'mail' });
  }
  return spans;
}

function isAddressChar(char: string): boolean {
  return !/[\s<>()[\]@,;:"]/.test(char);
}

function spansOf(text: string, pattern: RegExp, kind: ScrubbedKind) {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind,
  }));
}

function markNames(text: string, tokens: Token[]): void {
  const folded = fold(text);
  const named = new Set(
    findPersonMentions(text, folded, personWords.find(folded))
      .filter((mention) => mention.isNamed)
      .map((mention) => mention.start),
  );
  for (const [index, token] of tokens.entries()) {
    if (token.kind) continue;
    const isCapitalised = startsWithCapital(token.text);
    const word = fold(token.text);
    const previous = tokens[index - 1];
    const isName =
      // The scan's own person finder: only capitalised or listed words, so "hij" and "mevrouw" stay.
      (named.has(token.start) && (isCapitalised || NAMES.has(word))) ||
      (NAMES.has(word) && previous !== undefined && NAME_CUES.has(fold(previous.text))) ||
      (isCapitalised && NAMES.has(wordBeforeApostrophe(word))) ||
      (isCapitalised && !isAllCapitals(token.text) && !isSentenceStart(text, tokens, index));
    if (isName) token.kind = 'name';
  }
  // A surname after a name: "Daan de Vries", "Ahmed El Amrani".
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind || (tokens[index - 1] as Token).kind !== 'name') continue;
    const surname = surnameEnd(text, tokens, index);
    for (let at = index; at < surname; at++) (tokens[at] as Token).kind = 'name';
  }
}

/**
 * The end (exclusive) of a surname starting at `index`, tussenvoegsels first; `index` if none. Only
 * across spaces: "Daan (BSN …" has no surname.
 */
function surnameEnd(text: string, tokens: readonly Token[], index: number): number {
  const isSpaced = (at: number) =>
    text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start).trim() === '';
  let at = index;
  while (at < tokens.length && isSpaced(at) && TUSSENVOEGSELS.has(fold((tokens[at] as Token).text)))
    at++;
  const surname = tokens[at];
  // After "de", "van" a surname needs no capital: "jan de vries" typed small.
  const isPrefixed = at > index;
  return surname &&
    (surname.kind === undefined || surname.kind === 'name') &&
    isSpaced(at) &&
    (isPrefixed || startsWithCapital(surname.text)) &&
    !isAllCapitals(surname.text)
    ? at + 1
    : index;
}

/** "Kerkstraat 12", "Oude Markt 3": the street before a house number, with its capitalised words. */
function markAddresses(tokens: Token[]): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1] as Token;
    if (next.kind !== 'number' && next.kind !== 'postcode') continue;
    const word = fold(token.text);
    if (!STREET_ENDINGS.some((ending) => word.endsWith(ending))) continue;
    next.kind = 'address';
    for (let at = index; at >= 0; at--) {
      const before = tokens[at] as Token;
      if (at < index && !startsWithCapital(before.text)) break;
      before.kind = 'address';
    }
  }
}

/** Folded words and placeholders joined by single spaces; one placeholder for a run of one kind. */
function joinTokens(tokens: readonly Token[]): string {
  const words: string[] = [];
  let previousKind: ScrubbedKind | undefined;
  for (const token of tokens) {
    if (token.kind) {
      // "Daan de Vries" and "Kerkstraat 12" each become one placeholder.
      if (token.kind !== previousKind) words.push(PLACEHOLDERS[token.kind]);
      previousKind = token.kind;
      continue;
    }
    previousKind = undefined;
    const word = fold(token.text).replace(/['’`-]/g, '');
    if (word.length > 1 || word === 'u') words.push(word);
  }
  let joined = '';
  for (const word of words) {
    const next = joined === '' ? word : `${joined} ${word}`;
    if (next.length > MAX_SCRUBBED_CHARS) break;
    joined = next;
  }
  return joined;
}

/** At the start of the text or of a sentence, line, list item or quotation. */
function isSentenceStart(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!previous) return true;
  const between = text.slice(previous.end, (tokens[index] as Token).start);
  return /[.!?:;\n"“(•]/.test(between);
}

function startsWithCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function isAllCapitals(word: string): boolean {
  return word === word.toUpperCase();
}

/** "kofi's" → "kofi". */
function wordBeforeApostrophe(word: string): string {
  return word.split(/['’`]/)[0] ?? word;
}
