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
import { asksAboutAgreement, isSupplierEntry, namedSuppliers } from './supplier-question';
import type { EntryView, QaAnswer } from './types';

/**
 * Below this share of the question's weight matched by the best entry, the answer is not trusted.
 * An off-topic question ("wat wordt het weer morgen?") has most of its weight in words the policy
 * never uses.
 */
const MIN_COVERAGE = 0.55;
/** …and the matched words together must carry this much weight (one telling word, or two common). */
const MIN_MATCHED_WEIGHT = 4;
/** A named supplier's entry gets this boost: the name is the most telling word there is. */
const NAMED_SUPPLIER_BOOST = 1.5;
const MAX_RELATED = 3;

/**
 * @example createAnswerer(config)('Hoe snel moet ik een datalek melden?').sources[0]?.id // 'breach-72-hours'
 */
export function createAnswerer(config: Config): (question: string) => QaAnswer {
  const index = createKnowledgeIndex(KNOWLEDGE_BASE);
  const view = (entry: KnowledgeEntry, language: Language): EntryView => ({
    id: entry.id,
    title: entry.title[language],
    section: entry.section,
  });

  return (question) => {
    const language = detectLanguage(question);
    const words = wordsOf(question);
    const queryWords = index.queryWords(question);
    const chosen = choose(words, queryWords);
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
    const related = chosen.entry.related
      .map((id) => index.entry(id))
      .filter((entry) => entry !== undefined)
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
    words: string[],
    queryWords: QueryWord[],
  ): { entry?: KnowledgeEntry; closest: KnowledgeEntry[] } {
    const named = namedSuppliers(words);
    if (asksAboutAgreement(words)) {
      const supplier = named[0] === undefined ? undefined : index.entry(named[0]);
      if (supplier) return { entry: supplier, closest: [] };
      // An agreement question with a name the policy does not know: that supplier is not listed.
      if (queryWords.some((word) => !word.isKnown)) {
        return { entry: index.entry('processor-unlisted'), closest: [] };
      }
    }
    const hits = index.search(queryWords, (entry) =>
      !isSupplierEntry(entry.id) ? 1 : named.includes(entry.id) ? NAMED_SUPPLIER_BOOST : 0,
    );
    const best = hits[0];
    if (best && isConfident(queryWords, best)) return { entry: best.entry, closest: [] };
    return { closest: hits.slice(0, MAX_RELATED).map((hit) => hit.entry) };
  }
}

/** Whether the entry matches enough of the question, and enough telling words of it. */
function isConfident(queryWords: QueryWord[], hit: Hit): boolean {
  let total = 0;
  let matched = 0;
  for (const word of queryWords) {
    total += word.weight;
    matched +=
      word.weight * Math.max(0, ...word.terms.map((term) => hit.termCredit.get(term) ?? 0));
  }
  return matched >= MIN_MATCHED_WEIGHT && matched / total >= MIN_COVERAGE;
}
