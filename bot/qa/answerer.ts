// Answers a staff member's policy question from the knowledge base, in the question's language,
// with its source. Finds the question in a long situation, answers two questions in one message
// from two entries, answers an unsure in-scope question or a close call between two sections from
// the best entry while offering the next ones ("Bedoel je"), and declines only what the policy does
// not cover, saying whom to ask.
import type { Config } from '../../shared/policy/config-schema';
import type { KnowledgeEntry, Language } from '../../shared/policy/knowledge/types';
import { NO_PACK_WORDS, type PackWords } from '../../shared/policy/pack/words-file';
import { wordsOf } from './analyzer';
import { fillPlaceholders } from './contacts';
import { questionWordsOf, readIdioms, withoutTakenAtWord } from './idioms';
import { outsideScore } from './outside-words';
import { notAnsweredText } from './fallback';
import {
  askingClause,
  createPrivacyTopicFinder,
  elsewhereWords,
  keptElsewhereWords,
  asksHowToDo,
} from './out-of-scope';
import { stemDutch } from './stem';
import { createKnowledgeIndex, type Hit, type QueryWord } from './knowledge-index';
import { detectLanguage } from './language';
import { createLexicon } from './lexicon';
import {
  ACT_WORDS,
  DATA_OBJECT_WORDS,
  FEELING_WORDS,
  TIME_WORDS,
  matchesOnlyAct,
  matchesOnlyPeople,
  CHILD_WORDS,
  NON_TOPIC_WORDS,
} from './people-only';
import {
  comparedTopics,
  contactVerbsOfWhoQuestion,
  questionFocus,
  refersBack,
  twoQuestions,
  motiveSplit,
  withoutMotive,
  workplaceWords,
  type QuestionFocus,
} from './question-focus';
import { shippedCandidatePicker, type CandidatePicker } from './learned-ranking';
import { isConfident, isInScope, isShortQuestionInScope, rankHits, type Ranked } from './rank-hits';
import {
  hasPolicyEvidence,
  scopeEvidenceOf,
  shippedScopeGate,
  type ScopeEvidence,
  type ScopeGate,
} from './scope-gate';
import {
  asksAboutAgreement,
  asksAboutArrangement,
  hasCapitalisedName,
  isAgreementWord,
  supplierNamesOf,
} from './supplier-question';
import type { AnswerConfidence, Answerer, EntryView, QaAnswer } from './types';

/** A named supplier's entry gets this boost: the name is the most telling word there is. */
const NAMED_SUPPLIER_BOOST = 1.5;
/**
 * …unless one of the board's own entries is titled by that name ("Overstappen met OSO"): a question
 * naming it without asking about the agreement (that one is answered before any ranking) asks about
 * the topic, so the supplier entry weighs less and is offered, not answered.
 */
const SHARED_NAME_SUPPLIER_BOOST = 0.7;
/**
 * An entry about one of the board's own systems (words.md `in-scope`: ESIS, Basispoort, Cryptshare),
 * when the question names that system, gets this boost: "mijn ESIS-account" asks about ESIS first.
 */
const NAMED_SYSTEM_BOOST = 1.15;
const MAX_RELATED = 3;
/** "Bedoel je" offers at most this many other entries. */
const MAX_SUGGESTIONS = 3;
/** Only the start of a very long message is read: a question fits, and time stays bounded. */
const MAX_QUESTION_CHARS = 700;
/** A runner-up this close to the answer is offered first among the related entries. */
const NEAR_MISS_SHARE = 0.8;
/** A runner-up this close to the answer makes it a close call, answered with "Bedoel je". */
const CLOSE_CALL_SHARE = 0.9;
/**
 * A runner-up this close in rank (coverage plus search score) is a close call whatever its share:
 * on the tuning questions half of the confident wrong answers had their right entry this close.
 */
const CLOSE_CALL_MARGIN = 0.12;
/** A runner-up from the same section this close is a dead heat, also answered with "Bedoel je". */
const DEAD_HEAT_SHARE = 0.98;
/**
 * A runner-up about a system the question names (ESIS) goes before a best entry that is not, when
 * it is among the first this many and covers as much of the question (this share, for rounding).
 */
const SYSTEM_SIBLING_DEPTH = 3;
const SYSTEM_SIBLING_COVERAGE = 0.99;
const SENTENCE_BREAK = /(?<=[.?!\n])\s/u;
/** A suggestion must rank at least this share of the answer: no random entries as buttons. */
const SUGGESTION_SHARE = 0.3;
/** A runner-up within this share of the best is as good an answer to one half of two questions. */
const TIE_SHARE = 0.95;
/** A question that names a topic outside the policy is answered only from an entry covering this much. */
const OFF_TOPIC_MIN_COVERAGE = 0.7;
/**
 * In the story around a question, a word the policy never uses is detail ("cursus", "pauze"), not
 * a sign that the question is off-topic: it weighs this share of what it would in a question.
 */
const STORY_UNKNOWN_SHARE = 0.25;
/** Words for the policy itself: no topic of a question ("Wat zegt het beleid?"). */
const POLICY_WORDS: readonly string[] = ['beleid', 'privacybeleid', 'beleidsplan', 'policy'];
/**
 * Words for the policy text itself and its parts: a half question naming one asks about the
 * document ("waarom staan er in de samenvatting zes en in hoofdstuk 4 vijf?"), not a topic.
 */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  ...POLICY_WORDS,
  'samenvatting',
  'hoofdstuk',
  'paragraaf',
  'document',
  'summary',
  'chapter',
  'paragraph',
]);
/**
 * Words that frame a question without naming its topic: "…, of is dat zijn eigen probleem?" asks
 * about the story told before it.
 */
const FRAME_WORDS: ReadonlySet<string> = new Set([
  'probleem',
  'problem',
  // "eigen" says whose, not what: "mijn eigen telefoon" names the phone.
  'eigen',
  'own',
  // "Wat moet ik als directeur regelen?" asks what to arrange about the story told before it.
  'regelen',
  'geregeld',
  // "Wat zegt het beleid?", "Wat zijn de regels?" after a story ask what the policy says about it.
  'beleid',
  'regels',
]);
/** The situation around the question counts this much of the question sentence's words. */
const CONTEXT_WEIGHT = 0.5;

export interface AnswererOptions {
  /** Whether a question is about the policy at all (default: the shipped model). */
  scopeGate?: ScopeGate;
  /** A second opinion on which candidate to answer from (default: the shipped model). */
  pickCandidate?: CandidatePicker;
}

interface Choice {
  entry?: KnowledgeEntry;
  /** A second entry when the question asked two things. */
  second?: KnowledgeEntry;
  confidence: AnswerConfidence;
  closest: KnowledgeEntry[];
  /** Share of the question's weight the answer covers (the lesser half's, for two questions). */
  coverage?: number;
  /** What the search found for the whole question, for the scope gate. */
  evidence?: ScopeEvidence;
  /** The entry shares only the people of a short question, not what it asks (see people-only.ts). */
  isPeopleOnly?: boolean;
}

/**
 * @param knowledge The policy pack's entries, in pack order (ties go to the earlier entry).
 * @param words The pack's own words (words.md); without them, the product's informal register alone.
 * @param options The learned scope gate and candidate order, replaceable for training and tests.
 * @example createAnswerer(config, pack.knowledge, pack.words)('Hoe snel moet ik een datalek melden?').sources[0]?.id // 'breach-72-hours'
 */
export function createAnswerer(
  config: Config,
  knowledge: readonly KnowledgeEntry[],
  words: PackWords = NO_PACK_WORDS,
  options: AnswererOptions = {},
): Answerer {
  const { scopeGate = shippedScopeGate, pickCandidate = shippedCandidatePicker } = options;
  const { isSupplierEntry, namedSuppliers } = supplierNamesOf(knowledge);
  const lexicon = createLexicon(words);
  const ownSystems = words.inScope.map((word) => word.toLowerCase());
  const boardOutsideTopics = words.outOfScope.map((word) => word.toLowerCase());
  const index = createKnowledgeIndex(
    knowledge,
    (entry) => (isSupplierEntry(entry.id) ? 'suppliers' : entry.id),
    lexicon,
  );
  // The questions the board wrote for each entry, as their words: asked as written, one is that
  // entry's question by the board's own say ("wie ziet mijn salaris" is AFAS access, not pay).
  const boardsQuestions = new Map<string, Set<string>>();
  for (const entry of knowledge)
    for (const question of [...entry.questions.nl, ...entry.questions.en]) {
      const key = questionWordsOf(question).join(' ');
      boardsQuestions.set(key, (boardsQuestions.get(key) ?? new Set()).add(entry.id));
    }
  /** The index terms of whole typed words: "moeder" → its stem as the index knows it. */
  const wholeTermsOf = (texts: readonly string[]) =>
    texts.flatMap((text) => index.queryWords(text).flatMap((word) => word.whole));
  // The index terms of the board's own systems, and per entry the ones it is about.
  const systemTerms = new Set(wholeTermsOf(words.inScope));
  // Names the board's own entries are titled by ("Overstappen met OSO", "Basispoort"): a question
  // naming one asks about that topic unless it asks about the agreement, so the supplier entry of
  // the same name gets no boost over it.
  const ownTitleTerms = new Set(
    wholeTermsOf(
      knowledge
        .filter((entry) => !isSupplierEntry(entry.id))
        .map((entry) => `${entry.title.nl} ${entry.title.en}`),
    ),
  );
  const hasOwnEntry = new Map(
    knowledge
      .filter((entry) => isSupplierEntry(entry.id))
      .map((entry) => [
        entry.id,
        (entry.supplierNames ?? []).some((name) => {
          const terms = wholeTermsOf([name]);
          return terms.length > 0 && terms.every((term) => ownTitleTerms.has(term));
        }),
      ]),
  );
  // Who a question is about (parent, pupil, trainee …): an entry that shares only these is not
  // about what is asked.
  const peopleTerms = new Set(wholeTermsOf(NON_TOPIC_WORDS));
  // A consent, complaint or request (ACT_WORDS) is a policy question only about personal data.
  const actTerms = new Set(wholeTermsOf(ACT_WORDS));
  const actNeutralTerms = new Set([
    ...peopleTerms,
    ...wholeTermsOf(FEELING_WORDS),
    ...wholeTermsOf(TIME_WORDS),
  ]);
  const actStems = new Set(ACT_WORDS.map(stemDutch));
  const childTerms = new Set(wholeTermsOf(CHILD_WORDS));
  // "Wat zegt het beleid hierover?" names the policy itself, which every entry is part of.
  const policyTerms = new Set(wholeTermsOf(POLICY_WORDS));
  const findsData = createPrivacyTopicFinder(
    { inScope: [...words.inScope, ...DATA_OBJECT_WORDS] },
    lexicon.canonicalWord,
  );
  const namesData = (questionWords: readonly string[]) =>
    findsData(questionWords.filter((word) => !actStems.has(stemDutch(word))));
  const systemsOf = new Map(
    knowledge.map((entry) => [
      entry.id,
      [...index.coreTerms(entry.id)].filter((term) => systemTerms.has(term)),
    ]),
  );
  const view = (entry: KnowledgeEntry, language: Language): EntryView => ({
    id: entry.id,
    title: entry.title[language],
    section: entry.section,
  });
  const textOf = (entry: KnowledgeEntry, language: Language) =>
    fillPlaceholders(entry.answer[language], config, language);

  const answered = (
    question: string,
    language: Language,
    entries: KnowledgeEntry[],
    confidence: AnswerConfidence,
    closest: KnowledgeEntry[],
  ): QaAnswer => {
    const [entry] = entries as [KnowledgeEntry];
    // Near misses first (the question may have meant one of them), then the entry's own related.
    const curated = entry.related.map((id) => index.entry(id));
    const related = [...new Set([...closest, ...curated])]
      .filter((each): each is KnowledgeEntry => each !== undefined && !entries.includes(each))
      .slice(0, MAX_RELATED);
    const parts = entries.map((each) => ({
      source: view(each, language),
      answer: textOf(each, language),
    }));
    return {
      question,
      language,
      answered: true,
      answer: parts.map((part) => part.answer).join('\n\n'),
      sources: parts.map((part) => part.source),
      related: related.map((each) => view(each, language)),
      confidence,
      parts,
      suggestions:
        confidence === 'low'
          ? closest.slice(0, MAX_SUGGESTIONS).map((each) => view(each, language))
          : [],
    };
  };

  return (question, pick) => {
    const picked = pick === undefined ? undefined : index.entry(pick.entryId);
    if (picked && pick) return answered(question, pick.language, [picked], 'high', []);
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const language = detectLanguage(text);
    const chosen = choose(readIdioms(text, ownSystems));
    if (chosen.entry === undefined) {
      return {
        question,
        language,
        answered: false,
        answer: notAnsweredText(config, language, chosen.closest.length > 0),
        sources: [],
        related: chosen.closest.map((entry) => view(entry, language)),
        confidence: 'none',
        parts: [],
        suggestions: [],
      };
    }
    const entries = chosen.second ? [chosen.entry, chosen.second] : [chosen.entry];
    return answered(question, language, entries, chosen.confidence, chosen.closest);
  };

  function choose(question: string): Choice {
    // "rekening mee houden" keeps nothing: no privacy topic for the scope checks below.
    const words = questionWordsOf(question);
    // A topic the policy does not cover (salary, holidays, a broken printer) is answered only when
    // an entry fits the whole question; otherwise declined, with no topics to pick from. In a story
    // only the sentence that asks counts: "na schooltijd kwam een moeder…" is detail.
    // A question that refers back ("Mag dat zomaar?", "Waar moet ik heen?") or names no topic of
    // its own ("Welke kabel heb ik nodig?") asks about the sentence before it: "ziekmeldingen via
    // een app doorgeven. Mag dat zomaar?" asks about sick leave.
    const focused = withMotiveAsContext(questionFocus(question));
    // The motive told after it ("…, die van school is zo traag") is no topic either.
    const asking = questionWordsOf(
      withoutMotive(
        focused.context === ''
          ? question
          : focused.previous !== '' &&
              (refersBack(focused.sentence) || !namesOwnTopic(focused.sentence))
            ? `${focused.previous} ${focused.sentence}`
            : focused.sentence,
      ),
    );
    // The GP's or the football club's own doings are no policy topic, whatever privacy they name.
    // Where the one who asks works ("ik werk bij de bso") says who asks, not what about.
    const workplace = new Set(workplaceWords(question));
    const offTopic = new Set(
      [
        ...lexicon.offTopicWords(asking, (word) => index.isKnownForm(word)),
        ...storyOffTopicWords(words, focused.previous),
        ...elsewhereWords(words),
      ].filter((word) => !workplace.has(word)),
    );
    // How the GGD or the partnership keeps its own records is theirs to say, whatever entry
    // speaks of keeping records or of that organisation.
    if (keptElsewhereWords(asking).length > 0) return { confidence: 'none', closest: [] };
    const chosen = chooseEntry(question, focused, words, offTopic);
    const own = boardsQuestion(words, chosen);
    if (own) return own;
    const isSure = chosen.confidence === 'high' && (chosen.coverage ?? 1) >= OFF_TOPIC_MIN_COVERAGE;
    // Asked of every question the search found something for, declined or not (so training sees all).
    const isInScope =
      chosen.evidence === undefined ||
      (scopeGate(chosen.evidence) && hasPolicyEvidence(chosen.evidence)) ||
      namesOwnSystemOf(chosen.entry, question);
    if (offTopic.size > 0 && !isSure && !isOwnTopic(chosen.entry, offTopic))
      return { confidence: 'none', closest: [] };
    // A mother and her daughter named, the paracetamol asked about: no entry has the topic.
    if (chosen.isPeopleOnly) return { confidence: 'none', closest: [] };
    // No positive evidence that the question is about the policy: declined, not answered from
    // whichever entry shares a word. Topics are offered only when a privacy word was named.
    if (chosen.evidence && chosen.entry && !isInScope) {
      const closest = [chosen.entry, ...chosen.closest].slice(0, MAX_RELATED);
      return { confidence: 'none', closest: chosen.evidence.isPrivacy ? closest : [] };
    }
    return chosen;
  }

  /**
   * A question asked as the board wrote it for one entry is answered from that entry, whatever
   * the search or the scope gate make of its words ("autorisatietabel", "wie ziet mijn salaris").
   */
  function boardsQuestion(words: readonly string[], chosen: Choice): Choice | undefined {
    const ids = boardsQuestions.get(words.join(' '));
    if (ids === undefined) return undefined;
    if (chosen.entry && ids.has(chosen.entry.id)) return chosen;
    const entry = ids.size === 1 ? knowledge.find((each) => ids.has(each.id)) : undefined;
    return entry && { entry, confidence: 'high', closest: [] };
  }

  /**
   * Whether the clause before a trailing condition ("…, als de ouder dat via de app vraagt") shares
   * only people and a generic act with the best entry: what the condition names is no object.
   */
  function isOnlyActAsked(queryWords: readonly QueryWord[], best: Hit, words: string[]): boolean {
    const asking = askingClause(words, []);
    if (asking.length === words.length) return false;
    const kept = new Set(asking);
    // "Do parents have to give permission if I film a lesson?": a condition that names the entry's
    // own topic (its title) is what the consent is for, not when it is asked.
    const namesTitleTopic = (word: QueryWord) =>
      word.terms.some((term) => best.titleTerms.has(term) && !actNeutralTerms.has(term));
    if (queryWords.some((word) => !kept.has(word.word) && namesTitleTopic(word))) return false;
    const said = queryWords.filter((word) => kept.has(word.word));
    return matchesOnlyAct(said, best, actNeutralTerms, actTerms, namesData(asking));
  }

  /**
   * Whether every outside word of a question is what the chosen entry itself is about (its core
   * terms): "wie betaalt de kosten van mijn werktelefoon in het buitenland" names costs, and the
   * entry on the work mobile says who pays them abroad. An entry that only mentions the word once,
   * or not at all, leaves the topic outside ("wie betaalt de kosten van het schoolreisje").
   */
  function isOwnTopic(entry: KnowledgeEntry | undefined, offTopic: ReadonlySet<string>): boolean {
    if (entry === undefined || offTopic.size === 0) return false;
    const core = index.coreTerms(entry.id);
    return [...offTopic].every((word) =>
      index.queryWords(word).some((each) => each.terms.some((term) => core.has(term))),
    );
  }

  /**
   * A short question or plan with a motive told after it ("ik zet de BSN's in een Excel op mijn
   * bureaublad, handig voor de telling"): the motive is context, as the story around a question is.
   */
  function withMotiveAsContext(focused: QuestionFocus): QuestionFocus {
    if (focused.context !== '') return focused;
    const { asked, motive } = motiveSplit(focused.sentence);
    return motive === ''
      ? focused
      : { focus: asked, context: motive, sentence: asked, previous: '' };
  }

  /**
   * The outside topic the one sentence told before a question names (see QuestionFocus.previous),
   * when nothing in the whole message names personal data: "De printer geeft een papierstoring. Wie kan die komen repareren?" asks about
   * the printer, and "Een leerling is ziek geworden. Mag hij alleen naar huis fietsen?" about a
   * sick pupil going home. A story that names data ("…het verslag lag nog op de printer, omdat Ria
   * ziek was…") is about that data, and a longer story's detail stays detail.
   */
  function storyOffTopicWords(words: readonly string[], previous: string): string[] {
    if (previous === '') return [];
    const found = lexicon.offTopicWords(words, (word) => index.isKnownForm(word));
    // The board's own outside topics hold over the whole story, whatever data it names: "…willen
    // een camera bij het hek ophangen. Hoe lang mogen we de beelden bewaren?" asks about cameras.
    return namesData(words) ? found.filter(isBoardOutsideTopic) : found;
  }

  /** A word of the board's `out-of-scope` list, or a compound with one ("bewakingscamera"). */
  function isBoardOutsideTopic(word: string): boolean {
    return boardOutsideTopics.some((topic) => word.includes(topic));
  }

  /**
   * Whether a sentence names something the policy speaks of beyond people and framing: "Welke
   * kabel heb ik nodig?" does not (the cable is unknown, "nodig" frames), so the sentence before it
   * says what it is about.
   */
  function namesOwnTopic(sentence: string): boolean {
    return index
      .queryWords(sentence)
      .some((word) => word.isKnown && word.whole.some((term) => !peopleTerms.has(term)));
  }

  /**
   * Whether the question names one of the board's own systems (words.md `in-scope`: ESIS, the USB
   * stick) that the entry is about: the board says such a question is always about its policy.
   */
  function namesOwnSystemOf(entry: KnowledgeEntry | undefined, question: string): boolean {
    const systems = entry ? (systemsOf.get(entry.id) ?? []) : [];
    if (systems.length === 0) return false;
    const terms = new Set(index.queryWords(question).flatMap((word) => word.terms));
    return systems.some((term) => terms.has(term));
  }

  function chooseEntry(
    asked: string,
    askedFocus: QuestionFocus,
    words: string[],
    offTopic: ReadonlySet<string>,
  ): Choice {
    // "Wat is het verschil tussen de FG en de manager IBP?" asks about two topics: read as their
    // names alone, and answered from both entries.
    const compared = comparedTopics(asked);
    const question = compared ? compared.join(' ') : asked;
    const queryWordsOf = (text: string, scale?: number) => index.queryWords(text, scale, offTopic);
    const named = namedSuppliers(words);
    const questionWords = queryWordsOf(question);
    const supplier = named[0] === undefined ? undefined : index.entry(named[0]);
    const asksAgreement = asksAboutAgreement(words);
    // "Heeft Gynzy een verwerkersovereenkomst?", "hebben we met Snappet iets afgesproken?".
    if (supplier && (asksAgreement || asksAboutArrangement(words)))
      return { entry: supplier, confidence: 'high', closest: [] };
    if (asksAgreement) {
      // An agreement question with a name the policy does not know: that supplier is not listed.
      // The agreement word itself ("DPA") is no supplier's name.
      const isName = (word: QueryWord) => !word.isKnown && !isAgreementWord(word.word);
      const isOwnTopic = (word: string) =>
        wholeTermsOf([word]).some((term) => ownTitleTerms.has(term));
      if (questionWords.some(isName) || hasCapitalisedName(question, isOwnTopic))
        return { entry: index.entry('processor-unlisted'), confidence: 'high', closest: [] };
    }
    const namedSystems = new Set(
      questionWords.flatMap((word) => word.terms.filter((term) => systemTerms.has(term))),
    );
    const boost = (entry: KnowledgeEntry) => {
      if (isSupplierEntry(entry.id)) {
        if (!named.includes(entry.id)) return 0;
        return hasOwnEntry.get(entry.id) === true
          ? SHARED_NAME_SUPPLIER_BOOST
          : NAMED_SUPPLIER_BOOST;
      }
      const isAboutNamedSystem = systemsOf.get(entry.id)?.some((term) => namedSystems.has(term));
      return isAboutNamedSystem ? NAMED_SYSTEM_BOOST : 1;
    };
    const rank = (queryWords: QueryWord[], focusWords: QueryWord[] = []) =>
      rankHits(queryWords, index.search(queryWords, boost), focusWords);
    // The entry the asking sentence of a story finds on its own, when it answers that sentence
    // with confidence: "Welke sanctie kan ik haar opleggen?" names its topic, "Wat zegt het
    // beleid?" does not.
    const askedEntryOf = (focusWords: QueryWord[]) => {
      const known = focusWords.filter(
        (word) => word.isKnown && !word.whole.some((term) => policyTerms.has(term)),
      );
      const top = rank(known)[0];
      return top && isConfident(top, known) ? top.hit.entry : undefined;
    };

    const { focus, context, sentence } = compared ? questionFocus(question) : askedFocus;
    // "…, gestolen. Wie moet ik bellen?" asks whom to report to: the story is the topic, not phones.
    const whoVerbs = context === '' ? [] : contactVerbsOfWhoQuestion(focus);
    // "Mag ik op haar woord afgaan?" asks whether to trust what she said: no password's "woord".
    const asAsked = queryWordsOf(withoutTakenAtWord(focus));
    // "Ik ben net begonnen. Wie moet ik bellen als ik denk dat er een datalek is?" names a privacy
    // topic beside the call: whom to call about it is what it asks, whatever the story says.
    const contactVerbs = lexicon.namesPrivacyTopic(
      asAsked.filter((word) => !whoVerbs.includes(word.word)).map((word) => word.word),
    )
      ? []
      : whoVerbs;
    const focusWords = asAsked.filter((word) => !contactVerbs.includes(word.word));
    // "Wat moet ik nu doen?" names no topic: then the situation is the question. Nor does one
    // naming only the role in which one asks: "Wat moet ik nu als directeur doen?".
    const asRole = new Set(roleOfAsker(wordsOf(focus)));
    const namesTopic = focusWords.some(
      (word) => word.isKnown && !asRole.has(word.word) && !FRAME_WORDS.has(word.word),
    );
    const contextWords = queryWordsOf(context, namesTopic ? CONTEXT_WEIGHT : 1).map((word) =>
      word.isKnown || offTopic.has(word.word)
        ? word
        : { ...word, weight: word.weight * STORY_UNKNOWN_SHARE },
    );
    const withContext = (words: QueryWord[], extra: QueryWord[] = contextWords) => [
      ...words,
      ...extra.filter((each) => !words.some((word) => word.word === each.word)),
    ];
    const queryWords = withContext(focusWords);
    const isStory = context !== '' && namesTopic;
    // In a story, the systems its question names, or the sentence just before it ("Ik heb nog een
    // ESIS-account. Wat gebeurt daarmee?"): a system named in passing earlier is detail.
    const askedSystems =
      context === ''
        ? namedSystems
        : new Set(
            [...focusWords, ...queryWordsOf(sentenceBefore(asked, sentence))].flatMap((word) =>
              word.terms.filter((term) => namedSystems.has(term)),
            ),
          );
    const ranked = namedSystemFirst(rank(queryWords, isStory ? focusWords : []), askedSystems);
    // A story whose best entry matches nothing of the asking sentence: the entry that sentence
    // finds on its own, however far the story pushes it down.
    const missesAsked = (each: Ranked | undefined) =>
      each !== undefined &&
      !focusWords.some(
        (word) => word.isKnown && word.terms.some((term) => each.hit.termCredit.has(term)),
      );
    const askedTop = isStory && missesAsked(ranked[0]) ? askedEntryOf(focusWords) : undefined;
    const askedEntry = askedTop === ranked[0]?.hit.entry ? undefined : askedTop;
    const best = ranked[0];
    if (!best) return { confidence: 'none', closest: [] };
    const evidence = scopeEvidenceOf(ranked, queryWords, {
      coreTerms: index.coreTerms(best.hit.entry.id),
      isOffTopic: offTopic.size > 0,
      // The words as read, slips corrected: "kindgegevns" names "gegevens".
      isPrivacy: lexicon.namesPrivacyTopic([...words, ...queryWords.map((word) => word.word)]),
      isStory: context !== '',
      outsideScore: outsideScore(words),
    });
    const isPeopleOnly =
      matchesOnlyPeople(queryWords, best.hit, peopleTerms) ||
      matchesOnlyAct(queryWords, best.hit, actNeutralTerms, actTerms, namesData(words)) ||
      // "Mag ik een paracetamol geven aan een leerling als de ouder dat via de app vraagt?": the
      // condition after the question says when; the act and its object are asked before it.
      isOnlyActAsked(queryWords, best.hit, words) ||
      // "Een vader wil niet dat …. Mogen we het kind toch inschrijven?": the asking sentence
      // shares only the child with the entry, and the story names no data.
      (isStory &&
        askedFocus.previous !== '' &&
        !refersBack(askedFocus.sentence) &&
        !namesData(words) &&
        focusWords.some((word) => word.whole.some((term) => childTerms.has(term))) &&
        matchesOnlyPeople(focusWords, best.hit, peopleTerms));

    // A story whose best entry matches nothing of the asking sentence, while that sentence finds an
    // entry on its own ("…, het helpt niet. Kan ik haar een sanctie opleggen?"): the question is
    // answered from that entry, with the story's best offered first ("Bedoel je").
    if (askedEntry && (isConfident(best, queryWords) || isInScope(best, true)))
      return {
        entry: askedEntry,
        confidence: 'low',
        closest: [best.hit.entry, ...ranked.slice(1).map((each) => each.hit.entry)]
          .filter((entry) => entry !== askedEntry)
          .slice(0, MAX_SUGGESTIONS),
        evidence,
        isPeopleOnly,
      };
    const halves = compared ?? twoQuestions(sentence);
    if (halves) {
      // The second half is read with the first as context: "wie maakt het aan?" borrows
      // "ESIS-account" from "wie mag een ESIS-account aanvragen".
      // Two compared topics are each named in full: "de DPO" borrows nothing from "de manager IBP".
      const borrowed = compared ? [] : queryWordsOf(halves[0], CONTEXT_WEIGHT);
      const halfResults = halves.map((half, at) => {
        const ownWords = queryWordsOf(half);
        const own = withContext(ownWords);
        const halfWords = at === 0 ? own : withContext(own, borrowed);
        // "…, wat moet ik daarmee?" asks nothing of its own: one question, not two.
        // Borrowed words help the second half find its topic; its own words decide ("…, en wie
        // besluit of het naar de AP gaat?" asks who decides, whatever else the first half said).
        const ranked = ownWords.some((word) => word.isKnown)
          ? rank(halfWords, at === 0 ? [] : ownWords)
          : [];
        return { ranked, words: halfWords };
      });
      const two = answerBoth(halfResults);
      // Two topics compared, each named well enough to answer on its own: that is the evidence.
      if (two) return { ...two, evidence: compared ? undefined : evidence };
      const lone =
        compared || isConfident(best, queryWords)
          ? undefined
          : answerOneHalf(halves, halfResults, words);
      if (lone) return lone;
    }
    const isSure = isConfident(best, queryWords);
    const isAnswerable =
      isSure ||
      isInScope(best, context !== '') ||
      (context === '' &&
        evidence?.isPrivacy === true &&
        isShortQuestionInScope(best, queryWords)) ||
      // The board's own system named ("waar vind ik Cryptshare?", "wie checkt of oud-collega's nog
      // in ESIS staan?") is its policy's question, unless it asks how to work the program.
      (namesOwnSystemOf(best.hit.entry, asked) && !asksHowToDo(words));
    // The learned order's pick, when it overrules the hand-made first: answered from, with that
    // first offered beside it ("Bedoel je"). Whether to answer at all stays the first's to decide.
    const picked = isAnswerable
      ? ranked[
          pickCandidate({
            ranked,
            queryWords,
            focusWords,
            coreTerms: (id) => index.coreTerms(id),
          })
        ]
      : undefined;
    if (picked && picked !== best)
      return {
        entry: picked.hit.entry,
        confidence: 'low',
        closest: ranked
          .filter((each) => each !== picked)
          .slice(0, MAX_SUGGESTIONS)
          .map((each) => each.hit.entry),
        coverage: picked.coverage,
        evidence,
        isPeopleOnly,
      };
    const others = ranked.slice(1);
    if (isSure) {
      const nearMisses = others.filter((each) => each.rank >= NEAR_MISS_SHARE * best.rank);
      // A runner-up as good as the answer, resting on another section: the question may mean
      // either, so the answer comes with "Bedoel je" buttons rather than said with confidence.
      // Within one section only a dead heat counts: the question fits both entries equally.
      const rivals = others.filter(
        (each) =>
          best.rank - each.rank < CLOSE_CALL_MARGIN ||
          (each.hit.entry.section !== best.hit.entry.section
            ? each.rank >= CLOSE_CALL_SHARE * best.rank
            : each.rank >= DEAD_HEAT_SHARE * best.rank),
      );
      if (rivals.length > 0)
        return {
          entry: best.hit.entry,
          confidence: 'low',
          closest: [...rivals, ...nearMisses]
            .filter((each, at, all) => all.indexOf(each) === at)
            .slice(0, MAX_SUGGESTIONS)
            .map((each) => each.hit.entry),
          coverage: best.coverage,
          evidence,
          isPeopleOnly,
        };
      return {
        entry: best.hit.entry,
        confidence: 'high',
        closest: nearMisses.slice(0, MAX_RELATED - 1).map((each) => each.hit.entry),
        coverage: best.coverage,
        evidence,
        isPeopleOnly,
      };
    }
    if (isAnswerable) {
      const suggestions = others.filter((each) => each.rank >= SUGGESTION_SHARE * best.rank);
      return {
        entry: best.hit.entry,
        confidence: 'low',
        closest: suggestions.slice(0, MAX_SUGGESTIONS).map((each) => each.hit.entry),
        evidence,
        isPeopleOnly,
      };
    }
    // Too little matched to answer: declined, with the closest topics to pick from.
    return {
      confidence: 'none',
      closest: ranked.slice(0, MAX_RELATED).map((each) => each.hit.entry),
      evidence,
    };
  }

  /** The sentence of a message just before its asking sentence, or '' when there is none. */
  function sentenceBefore(message: string, asking: string): string {
    const at = message.indexOf(asking);
    if (at <= 0) return '';
    const told = message.slice(0, at).trim().split(SENTENCE_BREAK);
    return told[told.length - 1] ?? '';
  }

  /**
   * The question names one of the board's own systems ("mijn ESIS-account") and the best entry is
   * not about it, while a runner-up about that system covers as much of the question: the
   * runner-up goes first. "Wat gebeurt er met mijn ESIS-account als ik vertrek?" asks about leaving
   * ESIS, not about accounts in general; the general entry stays close, so it is offered ("Bedoel
   * je"). A runner-up covering less keeps its place: "mogen ouders lezen wat ik in ESIS over hun
   * kind schrijf?" asks about parents' right to inspect, not about ESIS roles.
   */
  function namedSystemFirst(ranked: Ranked[], namedSystems: ReadonlySet<string>): Ranked[] {
    const [best] = ranked;
    const isAboutNamed = (each: Ranked) =>
      (systemsOf.get(each.hit.entry.id) ?? []).some((term) => namedSystems.has(term));
    if (best === undefined || namedSystems.size === 0 || isAboutNamed(best)) return ranked;
    const system = ranked
      .slice(1, SYSTEM_SIBLING_DEPTH)
      .find(
        (each) => isAboutNamed(each) && each.coverage >= SYSTEM_SIBLING_COVERAGE * best.coverage,
      );
    return system === undefined ? ranked : [system, ...ranked.filter((each) => each !== system)];
  }

  /**
   * One half of two questions answered with confidence while the other finds nothing in scope
   * ("wat zijn die vuistregels, en waarom staan er in de samenvatting zes?" asks about the
   * document itself): the answerable half is answered, with "Bedoel je", and its own words are
   * the evidence that it is a policy question, not the other half's unknown words.
   */
  function answerOneHalf(
    texts: readonly string[],
    halves: { ranked: Ranked[]; words: QueryWord[] }[],
    typed: readonly string[],
  ): Choice | undefined {
    const answerable = halves.filter((half) => {
      const top = half.ranked[0];
      return top !== undefined && isConfident(top, half.words);
    });
    const [half] = answerable;
    const top = half?.ranked[0];
    if (answerable.length !== 1 || !half || !top) return undefined;
    const otherAt = 1 - halves.indexOf(half);
    const otherTop = halves[otherAt]?.ranked[0];
    const namesDocument = wordsOf(texts[otherAt] ?? '').some((word) => DOCUMENT_WORDS.has(word));
    if (!namesDocument || (otherTop && isInScope(otherTop))) return undefined;
    return {
      entry: top.hit.entry,
      confidence: 'low',
      closest: half.ranked
        .slice(1)
        .filter((each) => each.rank >= SUGGESTION_SHARE * top.rank)
        .slice(0, MAX_SUGGESTIONS)
        .map((each) => each.hit.entry),
      coverage: top.coverage,
      evidence: scopeEvidenceOf(half.ranked, half.words, {
        coreTerms: index.coreTerms(top.hit.entry.id),
        isOffTopic: false,
        isPrivacy: lexicon.namesPrivacyTopic([...typed, ...half.words.map((word) => word.word)]),
        isStory: false,
        outsideScore: outsideScore(typed),
      }),
      isPeopleOnly: matchesOnlyPeople(half.words, top.hit, peopleTerms),
    };
  }

  /**
   * Both halves answered confidently from two different entries: the answer has two parts. When
   * both halves point at the same entry, the half whose runner-up is as good takes that one: the
   * first half if it can, else the second ("Hoe snel melden, en wie besluit of het naar de AP
   * gaat?" borrows "melden" and so ties the first half's entry with its own).
   */
  function answerBoth(halves: { ranked: Ranked[]; words: QueryWord[] }[]): Choice | undefined {
    const [first, second] = halves;
    const firstTop = first?.ranked[0];
    const secondTop = second?.ranked[0];
    if (!first || !second || !firstTop || !secondTop) return undefined;
    const other = (ranked: Ranked[], than: Ranked) =>
      ranked.find(
        (each, at) =>
          each.hit.entry !== than.hit.entry &&
          (at === 0 || each.rank >= TIE_SHARE * (ranked[0] as Ranked).rank),
      );
    const firstOther = other(first.ranked, secondTop);
    const [firstBest, secondBest] = firstOther
      ? [firstOther, secondTop]
      : [firstTop, other(second.ranked, firstTop)];
    if (!secondBest) return undefined;
    if (!isConfident(firstBest, first.words) || !isConfident(secondBest, second.words))
      return undefined;
    return {
      entry: firstBest.hit.entry,
      second: secondBest.hit.entry,
      confidence: 'high',
      closest: [],
      coverage: Math.min(firstBest.coverage, secondBest.coverage),
    };
  }
}

/** Words that say in which role one asks: "als directeur", "as a teacher". */
const AS_WORDS: ReadonlySet<string> = new Set(['als', 'as']);
const ROLE_ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'een', 'a', 'an', 'the']);
/** Roles one asks in; not "school" or "team", which say on whose behalf ("als school"). */
const ASKER_ROLES: ReadonlySet<string> = new Set([
  'directeur',
  'leerkracht',
  'juf',
  'meester',
  'invaller',
  'stagiair',
  'stagiaire',
  'ouder',
  'principal',
  'teacher',
  'parent',
  'trainee',
]);

/**
 * The role named after "als" / "as" ("Wat moet ik nu als directeur doen?", "What should I do as
 * a teacher?"): who asks, not what about.
 * @example roleOfAsker(['wat', 'moet', 'ik', 'nu', 'als', 'directeur', 'doen']) // ['directeur']
 */
export function roleOfAsker(words: readonly string[]): string[] {
  return words.flatMap((word, at) => {
    if (!AS_WORDS.has(word)) return [];
    let next = at + 1;
    while (ROLE_ARTICLES.has(words[next] ?? '')) next++;
    const role = words[next];
    return role !== undefined && ASKER_ROLES.has(role) ? [role] : [];
  });
}
