// Answers a staff member's policy question from the knowledge base, in the question's language,
// with its source; declines honestly when unsure or off-topic and says whom to ask.
import type { Config } from '../../shared/policy/config-schema';
import { KNOWLEDGE_BASE } from '../../shared/policy/knowledge/index';
import type { KnowledgeEntry, Language } from '../../shared/policy/knowledge/types';
import { wordsOf } from './analyzer';
import { fillPlaceholders } from './contacts';
import { notAnsweredText } from './fallback';
import { createKnowledgeIndex, type QueryWord } from './knowledge-index';
import { detectLanguage } from './language';
import { isConfident, rankHits } from './rank-hits';
import {
  asksAboutAgreement,
  hasCapitalisedName,
  isSupplierEntry,
  namedSuppliers,
} from './supplier-question';
import type { EntryView, QaAnswer } from './types';

/** A named supplier's entry gets this boost: the name is the most telling word there is. */
const NAMED_SUPPLIER_BOOST = 1.5;
const MAX_RELATED = 3;
/** Only the start of a very long message is read: a question fits, and time stays bounded. */
const MAX_QUESTION_CHARS = 500;
/** A runner-up this close to the answer is offered first among the related entries. */
const NEAR_MISS_SHARE = 0.8;

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
    const ranked = rankHits(queryWords, hits);
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
