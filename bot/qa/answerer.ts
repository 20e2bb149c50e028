// Answers a staff member's policy question from the knowledge base, in the question's language,
// with its source; declines honestly when unsure or off-topic and says whom to ask.
import type { Config } from '../../shared/policy/config-schema';
import { KNOWLEDGE_BASE } from '../../shared/policy/knowledge/index';
import type { KnowledgeEntry, Language } from '../../shared/policy/knowledge/types';
import { wordsOf } from './analyzer';
import { fillPlaceholders } from './contacts';
import { notAnsweredText } from './fallback';
import { createKnowledgeIndex, type Hit, type QueryWord } from './knowledge-index';
import { detectLanguage } from './language';
import {
  asksAboutAgreement,
  hasCapitalisedName,
  isSupplierEntry,
  namedSuppliers,
} from './supplier-question';
import type { EntryView, QaAnswer } from './types';

/**
 * Below this share of the question's weight matched by the best entry, the answer is not trusted.
 * An off-topic question ("wat wordt het weer morgen?") has most of its weight in words the policy
 * never uses.
 */
const MIN_COVERAGE = 0.4;
/** …and the matched words together must carry this much weight: more than any one word. */
const MIN_MATCHED_WEIGHT = 4.5;
/** A named supplier's entry gets this boost: the name is the most telling word there is. */
const NAMED_SUPPLIER_BOOST = 1.5;
/** A short question that names an entry's title topic needs this coverage and weight. */
const MIN_TOPIC_COVERAGE = 0.65;
const MIN_TOPIC_WEIGHT = 1.5;
const MAX_RELATED = 3;
/** Only the start of a very long message is read: a question fits, and time stays bounded. */
const MAX_QUESTION_CHARS = 500;
/** A runner-up this close to the answer is offered first among the related entries. */
const NEAR_MISS_SHARE = 0.8;
/** How many search hits are reordered by coverage. */
const RERANK_DEPTH = 10;
/** Weight of the (relative) search score next to coverage when reordering. */
const SCORE_SHARE = 0.3;

/**
 * @example createAnswerer(config)('Hoe snel moet ik een datalek melden?').sources[0]?.id // 'breach-72-hours'
 */
export function createAnswerer(config: Config): (question: string) => QaAnswer {
  const index = createKnowledgeIndex(KNOWLEDGE_BASE, (entry) =>
    isSupplierEntry(entry.id) ? 'suppliers' : entry.id,
  );
  const view = (entry: KnowledgeEntry, language: Language): EntryView => ({
    id: entry.id,
    title: entry.title[language],
    section: entry.section,
  });

  return (question) => {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const language = detectLanguage(text);
    const words = wordsOf(text);
    const queryWords = index.queryWords(text);
    const chosen = choose(text, words, queryWords);
    if (chosen.entry === undefined) {
      return {
        question,
        language,
        answered: false,
        answer: notAnsweredText(config, language, chosen.closest.length > 0),
        sources: [],
        related: chosen.closest.map((entry) => view(entry, language)),
      };
    }
    // Near misses first (the question may have meant one of them), then the entry's own related.
    const curated = chosen.entry.related.map((id) => index.entry(id));
    const related = [...new Set([...chosen.closest, ...curated])]
      .filter((entry): entry is KnowledgeEntry => entry !== undefined && entry !== chosen.entry)
      .slice(0, MAX_RELATED);
    return {
      question,
      language,
      answered: true,
      answer: fillPlaceholders(chosen.entry.answer[language], config, language),
      sources: [view(chosen.entry, language)],
      related: related.map((entry) => view(entry, language)),
    };
  };

  function choose(
    question: string,
    words: string[],
    queryWords: QueryWord[],
  ): { entry?: KnowledgeEntry; closest: KnowledgeEntry[] } {
    const named = namedSuppliers(words);
    if (asksAboutAgreement(words)) {
      const supplier = named[0] === undefined ? undefined : index.entry(named[0]);
      if (supplier) return { entry: supplier, closest: [] };
      // An agreement question with a name the policy does not know: that supplier is not listed.
      if (queryWords.some((word) => !word.isKnown) || hasCapitalisedName(question)) {
        return { entry: index.entry('processor-unlisted'), closest: [] };
      }
    }
    const hits = index.search(queryWords, (entry) =>
      !isSupplierEntry(entry.id) ? 1 : named.includes(entry.id) ? NAMED_SUPPLIER_BOOST : 0,
    );
    const ranked = rerank(queryWords, hits);
    const best = ranked[0];
    if (best && isConfident(best, queryWords)) {
      const nearMisses = ranked
        .slice(1, MAX_RELATED)
        .filter((each) => each.rank >= NEAR_MISS_SHARE * best.rank);
      return { entry: best.hit.entry, closest: nearMisses.map((each) => each.hit.entry) };
    }
    return { closest: ranked.slice(0, MAX_RELATED).map((each) => each.hit.entry) };
  }
}

/**
 * Confident when the entry covers enough of the question with enough telling words, or when the
 * question is short and names the entry's own topic ("Hoe werkt Cryptshare?").
 */
function isConfident(best: Ranked, queryWords: QueryWord[]): boolean {
  if (best.matched >= MIN_MATCHED_WEIGHT && best.coverage >= MIN_COVERAGE) return true;
  const namesTopic = queryWords.some((word) =>
    word.terms.some((term) => best.hit.titleTerms.has(term)),
  );
  return namesTopic && best.coverage >= MIN_TOPIC_COVERAGE && best.matched >= MIN_TOPIC_WEIGHT;
}

/**
 * How well an entry matches one word, 0–1: the word itself, or else its compound parts on
 * average, so "ouderavond" matched only by "ouder" counts half.
 */
function wordCredit(word: QueryWord, hit: Hit): number {
  const credit = (terms: string[]) =>
    Math.max(0, ...terms.map((term) => hit.termCredit.get(term) ?? 0));
  const whole = credit(word.whole);
  if (word.parts.length === 0) return whole;
  const parts = word.parts.reduce((sum, terms) => sum + credit(terms), 0) / word.parts.length;
  return Math.max(whole, parts);
}

interface Ranked {
  hit: Hit;
  /** Weight of the question's words the entry matches. */
  matched: number;
  /** That weight as a share of the question's whole weight. */
  coverage: number;
  /** Coverage plus a share of the relative search score: the order of the answer candidates. */
  rank: number;
}

/**
 * Reorders the best hits by how much of the question each one covers, with the search score as
 * the tie-breaker: an entry that matches every telling word beats one that matches one word often.
 */
function rerank(queryWords: QueryWord[], hits: Hit[]): Ranked[] {
  const total = queryWords.reduce((sum, word) => sum + word.weight, 0);
  const topScore = hits[0]?.score ?? 1;
  const ranked = hits.slice(0, RERANK_DEPTH).map((hit) => {
    const matched = queryWords.reduce((sum, word) => sum + word.weight * wordCredit(word, hit), 0);
    const coverage = total === 0 ? 0 : matched / total;
    return { hit, matched, coverage, rank: coverage + SCORE_SHARE * (hit.score / topScore) };
  });
  return ranked.sort((a, b) => b.rank - a.rank);
}
