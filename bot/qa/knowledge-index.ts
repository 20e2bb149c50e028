// A MiniSearch index over the knowledge base, with the Dutch pipeline, plus what confidence needs:
// how rare each index term is, so a question's telling words weigh more than its common ones.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import { createAnalyzer, wordsOf, type TextAnalyzer } from './analyzer';
import type { Lexicon } from './lexicon';
import { replacePlaceholders } from './placeholders';
import { separableVerbForms } from './separable-verbs';
import { stemDutch } from './stem';
import { clippedEnForms, verbFormCandidates } from './verb-forms';
import {
  withFieldNames,
  withoutContractions,
  withoutFramingPhrases,
  withPurposeAsked,
  STOPWORDS,
} from './stopwords';
import { createTypoCorrector } from './typo-corrector';

/** One content word of a question with its index terms and its weight (how telling it is). */
export interface QueryWord {
  word: string;
  /** Every index term of the word, for searching. */
  terms: string[];
  /** Terms of the word itself, and per compound part (see WordTerms). */
  whole: string[];
  parts: string[][];
  weight: number;
  /** False when none of its terms occurs in the knowledge base: a name, a typo or off-topic. */
  isKnown: boolean;
}

export interface Hit {
  entry: KnowledgeEntry;
  score: number;
  /**
   * How well each matched query term is backed, 0–1: found exactly in a question variant or the
   * title counts fully; found only through typo tolerance or a prefix, or only in the answer text,
   * counts less.
   */
  termCredit: ReadonlyMap<string, number>;
  /** Query terms found in the entry's title: the question names the topic itself. */
  titleTerms: ReadonlySet<string>;
}

/** A word read as another one slip away weighs less: "gedicht" may have meant no "gezicht". */
const CORRECTED_SHARE = 0.7;
/**
 * A word this long read as another known word one slip away weighs fully: one slip in
 * "eindverantwoordleijk" or "persoonsgegevns" makes no other word.
 */
const SURE_CORRECTION_LENGTH = 10;
/** A stopword this long is read through one slip: shorter ones are too close to content words. */
const STOPWORD_SLIP_LENGTH = 6;
/** Weight of a word the knowledge base never uses: a name, a typo or something off-topic. */
const UNKNOWN_WEIGHT = 2;
/**
 * Weight at most of any word. A word used once in the whole knowledge base is rare, but often by
 * accident ("begint", "auto"); capped, it cannot make an answer confident on its own.
 */
export const MAX_WORD_WEIGHT = 4;
/**
 * Weight at most of a number. "groep 5" or "2 dagen" says little about the topic, yet a number
 * is rare in the knowledge base and would weigh as a telling word ("welke leesboeken voor groep 5").
 */
const MAX_NUMBER_WEIGHT = 1;
const NUMBER = /^\d+$/u;

export interface KnowledgeIndex {
  /**
   * The content words of a question, stopwords gone, a misspelt word read as the known word one
   * slip away. `scale` weighs them all (the context of a long situation counts less). Words in
   * `offTopic` (a topic the policy does not cover) match nothing and weigh as much as any word can,
   * so only an entry that fits the rest of the question very well still answers it.
   */
  queryWords(question: string, scale?: number, offTopic?: ReadonlySet<string>): QueryWord[];
  /** Entries ranked for the words; `boost` can drop (0) or raise an entry (0 drops it). */
  search(words: QueryWord[], boost?: (entry: KnowledgeEntry) => number): Hit[];
  entry(id: string): KnowledgeEntry | undefined;
  /**
   * Whether the knowledge base uses the (folded) word, in this or another form of its stem:
   * "versleutel" for "versleuteld".
   */
  isKnownForm(word: string): boolean;
  /**
   * The terms an entry is about: those of its title, and those two or more of its questions and
   * situations share. A word matched only elsewhere ("geeft", "jaar") is no evidence of its topic.
   */
  coreTerms(entryId: string): ReadonlySet<string>;
}

/** One searchable text of an entry: a question variant, a situation, its title, or its answer. */
interface IndexedText {
  id: number;
  entryId: string;
  kind: TextKind;
  text: string;
}
type TextKind = 'question' | 'situation' | 'title' | 'answer';

// Each question variant and each situation is its own document, so a question meets the phrasing
// closest to it and an entry with many variants is not diluted. Situations ("laptop gestolen uit
// de auto") carry the words staff use to tell what happened, a little below how they ask (on the
// tuning files 0.85–0.9 score best; 0.7 and 1.0 each lose right answers). Titles name the topic;
// answers only back it up.
const KIND_BOOST: Record<TextKind, number> = {
  question: 1,
  situation: 0.9,
  title: 0.8,
  answer: 0.4,
};
/** Share of an entry's other matching texts added to its best one. */
const SUPPORT_SHARE = 0.2;

/**
 * @param topicOf Entries with the same topic count once when weighing how rare a word is, so the
 *   29 generated supplier entries do not make "verwerkersovereenkomst" a common word.
 * @param lexicon Synonyms and stopwords, the board's words among them (default: the product's).
 */
export function createKnowledgeIndex(
  entries: readonly KnowledgeEntry[],
  topicOf: (entry: KnowledgeEntry) => string = (entry) => entry.id,
  lexicon?: Lexicon,
): KnowledgeIndex {
  const texts: IndexedText[] = [];
  const addText = (entryId: string, kind: TextKind, text: string) =>
    texts.push({ id: texts.length, entryId, kind, text });
  for (const entry of entries) {
    for (const question of [...entry.questions.nl, ...entry.questions.en])
      addText(entry.id, 'question', question);
    for (const situation of [...(entry.situations?.nl ?? []), ...(entry.situations?.en ?? [])])
      addText(entry.id, 'situation', situation);
    addText(entry.id, 'title', `${entry.title.nl} \n ${entry.title.en}`);
    addText(
      entry.id,
      'answer',
      // Placeholders are filled later; their names ("contact.breachReport") are not content.
      replacePlaceholders(`${entry.answer.nl} \n ${entry.answer.en}`, () => ' '),
    );
  }
  const vocabulary = new Set(texts.flatMap((text) => wordsOf(text.text)));
  // Stems of its words and of their bare verb forms: "versleuteld" gives "versleutel" too. The
  // analyzer looks the other way (from a question's "bewaart" to the index's "bewaar"), so a bare
  // form with nothing to strip ("Hoe versleutel ik …") needs this set.
  const vocabularyStems = new Set(
    [...vocabulary].flatMap((word) => [word, ...verbFormCandidates(word)].map(stemDutch)),
  );
  const analyzer = createAnalyzer(vocabulary, lexicon);
  // A misspelling is read as a word staff use when they ask (questions, situations, titles), not
  // as any word of the answers' prose: "staking" is no slip of "stating", nor "strepen" of "streven".
  // The board's own name is one too: "kindnate" is "Kindante", a filler like the name itself; and
  // so is every word of the synonym groups ("gehiem" is "geheim").
  const typoVocabulary = new Set([
    ...texts.filter((text) => text.kind !== 'answer').flatMap((text) => wordsOf(text.text)),
    ...(lexicon?.fillers ?? []),
    ...(lexicon?.synonymWords ?? []),
  ]);
  const correctTypo = createTypoCorrector(typoVocabulary);
  const correctStopword = createTypoCorrector(
    new Set([...STOPWORDS].filter((word) => word.length >= STOPWORD_SLIP_LENGTH)),
  );
  const documentFrequency = countDocumentFrequency(entries, texts, analyzer, topicOf);
  const core = coreTermsOf(texts, analyzer);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  const miniSearch = new MiniSearch<IndexedText>({
    fields: ['text'],
    tokenize: wordsOf,
    processTerm: (term) => analyzer.termsOf(term),
    searchOptions: {
      // Questions arrive already analysed: terms separated by spaces.
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      // Typo tolerance: one slip in a term of five letters or more.
      // Typos make unknown terms; a known term needs no slack.
      fuzzy: (term) => (term.length >= 5 && !documentFrequency.has(term) ? 1 : false),
      prefix: (term) => term.length >= 5,
      weights: { fuzzy: 0.4, prefix: 0.3 },
    },
  });
  miniSearch.addAll(texts);

  const count = new Set(entries.map(topicOf)).size;
  const idf = (term: string) => Math.log(1 + count / (documentFrequency.get(term) ?? 1));

  return {
    queryWords(question, scale = 1, offTopic) {
      const words: QueryWord[] = [];
      const seen = new Set<string>();
      const isKnownTerm = (term: string) => documentFrequency.has(term);
      // "vraagt … aan" is "aanvragen": a joined separable verb counts when the index knows it.
      const isStopword = (word: string) => analyzer.termsOf(word).length === 0;
      const typedWords = joinedCompounds(
        withFieldNames(
          withPurposeAsked(withoutFramingPhrases(wordsOf(withoutContractions(question)))),
        ),
        (word) => !isStopword(word),
        (word) => vocabulary.has(word),
        (word) => analyzer.termsOf(word).some(isKnownTerm),
        // "privacy persoon" is the board's "privacypersoon", its word for the FG.
        (word) => lexicon?.canonicalWord(word) !== undefined,
      );
      // The joined form itself must be known: "terug … kinderen" makes no verb "terugkinderen"
      // because its parts are words.
      const joined = separableVerbForms(typedWords, isStopword).filter((form) => {
        const { whole, spoken } = analyzer.analyse(form);
        return whole.some((term) => term !== spoken && isKnownTerm(term));
      });
      for (const typed of [...typedWords, ...joined]) {
        if (seen.has(typed)) continue;
        seen.add(typed);
        if (offTopic?.has(typed)) {
          const weight = scale * MAX_WORD_WEIGHT;
          words.push({ word: typed, terms: [], whole: [], parts: [], weight, isKnown: false });
          continue;
        }
        // A stopword says nothing, however close it is to a word the index knows ("letten"), nor
        // one clipped in chat that the index does not know ("wille", "moetn").
        if (isStopword(typed)) continue;
        const isKnownTyped = analyzer.termsOf(typed).some(isKnownTerm);
        if (!isKnownTyped && clippedEnForms(typed).some(isStopword)) continue;
        // "betekend", "eigelijk": a stopword one slip away says as little as the stopword.
        if (!isKnownTyped && !vocabulary.has(typed) && correctStopword(typed) !== undefined)
          continue;
        let word = typed;
        let share = scale;
        // "hoevaak", "tevaak": a question or degree word run together with the word it asks about.
        const rest = runTogetherRest(typed);
        if (rest !== undefined && !analyzer.termsOf(typed).some(isKnownTerm)) {
          if (isStopword(rest)) continue;
          if (analyzer.analyse(rest).whole.some(isKnownTerm)) word = rest;
        }
        // A compound known only by a part may be a known word with a slip: "actviteitenkalender".
        const isKnownWhole = analyzer.analyse(word).whole.some(isKnownTerm);
        if (!isKnownWhole) {
          const isKnownPart = analyzer.termsOf(typed).some(isKnownTerm);
          // …but a new compound of known words is no slip: "gmailadres" is no "emailadres".
          const hasUnknownPart = analyzer
            .analyse(typed)
            .parts.some((terms) => !terms.some(isKnownTerm));
          const corrected = correctTypo(typed);
          // The board's name misspelt says no more than the name itself.
          if (corrected !== undefined && lexicon?.fillers.has(corrected) === true) continue;
          const isCorrection =
            corrected !== undefined &&
            (isKnownPart
              ? hasUnknownPart &&
                typoVocabulary.has(corrected) &&
                analyzer.analyse(corrected).whole.some(isKnownTerm)
              : analyzer.termsOf(corrected).some(isKnownTerm));
          if (corrected !== undefined && isCorrection) {
            word = corrected;
            // Only a whole word read so: the slip in a compound's tail is in a shorter word
            // ("zorgnotities" is no "zorg" + "notifies").
            const isSure = typed.length >= SURE_CORRECTION_LENGTH && typoVocabulary.has(corrected);
            share = isSure ? scale : scale * CORRECTED_SHARE;
          }
        }
        const terms = analyzer.termsOf(word);
        if (terms.length === 0) continue;
        const { whole, parts } = analyzer.analyse(word);
        const known = terms.filter(isKnownTerm);
        // A word weighs as much as its most telling known term, up to a cap.
        const weight =
          share *
          Math.min(
            NUMBER.test(word) ? MAX_NUMBER_WEIGHT : MAX_WORD_WEIGHT,
            known.length > 0 ? Math.max(...known.map(idf)) : UNKNOWN_WEIGHT,
          );
        words.push({ word, terms, whole, parts, weight, isKnown: known.length > 0 });
      }
      return words;
    },
    search(words, boost) {
      const query = [...new Set(words.flatMap((word) => word.terms))].join(' ');
      if (query === '') return [];
      const results = miniSearch.search(query, {
        boostDocument: (id: number) => {
          const text = texts[id] as IndexedText;
          const entry = byId.get(text.entryId) as KnowledgeEntry;
          return KIND_BOOST[text.kind] * (boost ? boost(entry) : 1);
        },
      });
      return rankEntries(results, texts, byId);
    },
    entry: (id) => byId.get(id),
    isKnownForm: (word) => vocabulary.has(word) || vocabularyStems.has(stemDutch(word)),
    coreTerms: (entryId) => core.get(entryId) ?? NO_TERMS,
  };
}

/**
 * A compound typed apart, by habit or by autocorrect: two content words, one of them no word of
 * the knowledge base alone, whose join it uses are that word ("crypt share" is "cryptshare"); or
 * any two whose join is a synonym the lexicon lists ("privacy persoon" is "privacypersoon").
 * @example joinedCompounds(['crypt', 'share'], () => true, (word) => word === 'cryptshare', (word) => word === 'share', () => false) // ['cryptshare']
 */
function joinedCompounds(
  words: readonly string[],
  isContent: (word: string) => boolean,
  isKnown: (word: string) => boolean,
  isKnownAlone: (word: string) => boolean,
  isSynonym: (word: string) => boolean,
): string[] {
  const joined: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const [word, next] = [words[at] as string, words[at + 1]];
    const isApart =
      next !== undefined &&
      isContent(word) &&
      isContent(next) &&
      ((!(isKnownAlone(word) && isKnownAlone(next)) && isKnown(word + next)) ||
        isSynonym(word + next));
    joined.push(isApart ? word + next : word);
    if (isApart) at += 1;
  }
  return joined;
}

/** Words chat runs together with the next one: "hoe vaak", "te veel". */
const RUN_TOGETHER_HEADS: readonly string[] = ['hoe', 'te'];
/** The word run together after one of those must be this long: "teken" is no "te" + "ken". */
const MIN_RUN_TOGETHER_REST = 4;

/** @example runTogetherRest('hoevaak') // 'vaak' */
function runTogetherRest(word: string): string | undefined {
  const head = RUN_TOGETHER_HEADS.find((each) => word.startsWith(each));
  const rest = head === undefined ? '' : word.slice(head.length);
  return rest.length >= MIN_RUN_TOGETHER_REST ? rest : undefined;
}

/** Credit of a term found only approximately (typo tolerance, prefix). */
const APPROXIMATE_CREDIT = 0.7;
/** Credit of a term found only in the answer text, not in how staff ask or in the title. */
const ANSWER_ONLY_CREDIT = 0.5;

/** Entries by their best text's score plus a share of the others, with the terms they matched. */
function rankEntries(
  results: SearchResult[],
  texts: readonly IndexedText[],
  byId: ReadonlyMap<string, KnowledgeEntry>,
): Hit[] {
  const hits = new Map<
    string,
    {
      entry: KnowledgeEntry;
      best: number;
      rest: number;
      termCredit: Map<string, number>;
      titleTerms: Set<string>;
    }
  >();
  for (const result of results) {
    const { entryId, kind } = texts[result.id as number] as IndexedText;
    let hit = hits.get(entryId);
    if (!hit) {
      hit = {
        entry: byId.get(entryId) as KnowledgeEntry,
        best: 0,
        rest: 0,
        termCredit: new Map(),
        titleTerms: new Set(),
      };
      hits.set(entryId, hit);
    }
    if (result.score > hit.best) {
      hit.rest += hit.best;
      hit.best = result.score;
    } else hit.rest += result.score;
    const kindCredit = kind === 'answer' ? ANSWER_ONLY_CREDIT : 1;
    for (const term of result.queryTerms) {
      const credit = kindCredit * (result.terms.includes(term) ? 1 : APPROXIMATE_CREDIT);
      hit.termCredit.set(term, Math.max(credit, hit.termCredit.get(term) ?? 0));
      if (kind === 'title') hit.titleTerms.add(term);
    }
  }
  return [...hits.values()]
    .map(({ entry, best, rest, termCredit, titleTerms }) => ({
      entry,
      score: best + SUPPORT_SHARE * rest,
      termCredit,
      titleTerms,
    }))
    .sort((a, b) => b.score - a.score);
}

const NO_TERMS: ReadonlySet<string> = new Set();
/** A term in this many of an entry's questions and situations is what they are about. */
const MIN_CORE_TEXTS = 2;

function coreTermsOf(
  texts: readonly IndexedText[],
  analyzer: TextAnalyzer,
): Map<string, ReadonlySet<string>> {
  const counts = new Map<string, Map<string, number>>();
  const core = new Map<string, Set<string>>();
  for (const text of texts) {
    if (text.kind === 'answer') continue;
    const terms = new Set(wordsOf(text.text).flatMap((word) => analyzer.termsOf(word)));
    const entryCore = core.get(text.entryId) ?? new Set<string>();
    core.set(text.entryId, entryCore);
    if (text.kind === 'title') {
      for (const term of terms) entryCore.add(term);
      continue;
    }
    const entryCounts = counts.get(text.entryId) ?? new Map<string, number>();
    counts.set(text.entryId, entryCounts);
    for (const term of terms) {
      const count = (entryCounts.get(term) ?? 0) + 1;
      entryCounts.set(term, count);
      if (count >= MIN_CORE_TEXTS) entryCore.add(term);
    }
  }
  return core;
}

function countDocumentFrequency(
  entries: readonly KnowledgeEntry[],
  texts: readonly IndexedText[],
  analyzer: TextAnalyzer,
  topicOf: (entry: KnowledgeEntry) => string,
): Map<string, number> {
  // Counted per topic, not per text: an entry with ten variants is still one topic.
  const topicByEntry = new Map(entries.map((entry) => [entry.id, topicOf(entry)]));
  const termsByTopic = new Map<string, Set<string>>();
  for (const text of texts) {
    const topic = topicByEntry.get(text.entryId) ?? text.entryId;
    const terms = termsByTopic.get(topic) ?? new Set<string>();
    termsByTopic.set(topic, terms);
    for (const term of wordsOf(text.text).flatMap((word) => analyzer.termsOf(word)))
      terms.add(term);
  }
  const frequency = new Map<string, number>();
  for (const terms of termsByTopic.values()) {
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return frequency;
}
