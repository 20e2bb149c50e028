// Questions about a supplier's processing agreement (Bijlage 5) are answered by name, exactly:
// a listed supplier gets its own entry, an unlisted one the "not on the list" entry, and a
// supplier entry never answers a question that does not name that supplier.
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import { wordsOf } from './analyzer';

const AGREEMENT_WORDS: ReadonlySet<string> = new Set([
  'verwerkersovereenkomst',
  'verwerkersovereenkomsten',
  'bewerkersovereenkomst',
  'bewerkersovereenkomsten',
  'overeenkomst',
  'overeenkomsten',
  'agreement',
  'agreements',
  'dpa',
]);

/**
 * Words before "agreement" that name another kind of agreement: "the collective agreement" on pay
 * and leave, an employment or rental agreement. Dutch glues these into one word ("cao",
 * "arbeidsovereenkomst"), which is no agreement word to begin with.
 */
const OTHER_AGREEMENTS: ReadonlySet<string> = new Set([
  'collective',
  'labour',
  'labor',
  'employment',
  'work',
  'rental',
  'lease',
  'tenancy',
  'loan',
  'settlement',
  'collectieve',
]);

/**
 * Words that ask whether things are arranged with a supplier: "hebben we met Snappet iets
 * afgesproken?". Read only beside a named supplier: "ik heb een afspraak met Jan" names no
 * agreement. (A supplier named beside "privacy" is as often about what to share through it.)
 */
const ARRANGED_WORDS: ReadonlySet<string> = new Set(['afgesproken', 'afspraken', 'arranged']);

/** Whether the question asks what is arranged with a named supplier ("afgesproken"). */
export const asksAboutArrangement = (words: readonly string[]): boolean =>
  words.some((word) => ARRANGED_WORDS.has(word));

/** Whether the (folded) word names a processing agreement itself ("dpa", "verwerkersovereenkomst"). */
export const isAgreementWord = (word: string): boolean => AGREEMENT_WORDS.has(word);

/**
 * "DPA" is also the Data Protection Authority: "the Dutch DPA", or a DPA a breach is reported to.
 * Next to these words the abbreviation names the authority, not a processing agreement.
 */
const AUTHORITY_DPA = 'dpa';
const AUTHORITY_WORDS: ReadonlySet<string> = new Set([
  'dutch',
  'breach',
  'breaches',
  'leak',
  'datalek',
  'report',
  'reported',
  'reporting',
  'notify',
  'notified',
  'fine',
  'fined',
]);

/** Whether the question asks about a processing agreement (not a collective or employment one). */
export function asksAboutAgreement(words: readonly string[]): boolean {
  const isAuthority = words.some((word) => AUTHORITY_WORDS.has(word));
  return words.some(
    (word, at) =>
      AGREEMENT_WORDS.has(word) &&
      !OTHER_AGREEMENTS.has(words[at - 1] ?? '') &&
      !(word === AUTHORITY_DPA && isAuthority),
  );
}

interface SupplierNames {
  /** Ids of the supplier entries whose supplier the question names (folded words, in pack order). */
  namedSuppliers: (words: readonly string[]) => string[];
  isSupplierEntry: (id: string) => boolean;
}

/** The suppliers of a knowledge base: its entries with supplier names. */
export function supplierNamesOf(entries: readonly KnowledgeEntry[]): SupplierNames {
  const supplierWords: ReadonlyMap<string, readonly string[][]> = new Map(
    entries.flatMap((entry) =>
      entry.supplierNames ? [[entry.id, entry.supplierNames.map((name) => wordsOf(name))]] : [],
    ),
  );
  return {
    namedSuppliers: (words) =>
      [...supplierWords]
        .filter(([, names]) => names.some((name) => containsSequence(words, name)))
        .map(([id]) => id),
    isSupplierEntry: (id) => supplierWords.has(id),
  };
}

/**
 * Whether the question capitalises a word inside a sentence, as people write a product's name
 * ("Hebben we een verwerkersovereenkomst met Google?"); the agreement word itself ("DPA") is none,
 * nor a word `isOwnTopic` says one of the board's own entries is titled by ("DPO", "AVG").
 */
export function hasCapitalisedName(
  question: string,
  isOwnTopic: (word: string) => boolean = () => false,
): boolean {
  const tokens = question.split(/\s+/);
  return tokens.some((token, index) => {
    const previous = tokens[index - 1];
    if (previous === undefined || SENTENCE_ENDS.some((end) => previous.endsWith(end))) return false;
    const first = token.charAt(0);
    // "DPA" itself is the agreement asked about, not a supplier's name.
    if (wordsOf(token).some((word) => AGREEMENT_WORDS.has(word))) return false;
    // "de aanstelling van een DPO": a topic the board's own entries are titled by is no supplier.
    if (wordsOf(token).some(isOwnTopic)) return false;
    return first !== first.toLowerCase();
  });
}

const SENTENCE_ENDS = ['.', '?', '!'];

function containsSequence(words: readonly string[], sequence: readonly string[]): boolean {
  if (sequence.length === 0) return false;
  for (let start = 0; start + sequence.length <= words.length; start++) {
    if (sequence.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}
