// A short question whose best entry shares only the people in it — a mother, a pupil, a trainee,
// the class — and none of what it asks about is asking something the policy has no rule for:
// "Een moeder vraagt of ik haar dochter een paracetamol wil geven, mag dat?" or "Hoeveel uur mag
// een stagiaire zelfstandig voor de klas staan?" name people every entry about parents or trainees
// also names, while what they ask (medicine, teaching hours) is in no entry. Such a question is
// declined rather than answered from whichever entry mentions the same people.
import type { Hit, QueryWord } from './knowledge-index';

/**
 * The child itself, asked about in person: "Mag ik het kind meegeven?", "Mogen we het kind toch
 * inschrijven?" ask about handing over or enrolling the child, not about its data.
 */
export const CHILD_WORDS: readonly string[] = [
  'kind',
  'leerling',
  'zoon',
  'dochter',
  'child',
  'pupil',
  'son',
  'daughter',
];

/**
 * Words for the people at school, for asking or not doing something, and for framing a question
 * (who decides, what is needed or obliged): they say who is involved and how the question is
 * framed, never what it is about. Read through the index, so "moeder", "kinderen" and "teacher"
 * count by their index terms.
 */
export const NON_TOPIC_WORDS: readonly string[] = [
  'ouder',
  'moeder',
  'vader',
  ...CHILD_WORDS,
  'kinderen',
  'klas',
  'groep',
  'collega',
  'leerkracht',
  'juf',
  'meester',
  'stagiair',
  'school',
  'parent',
  'mother',
  'father',
  'class',
  'colleague',
  'teacher',
  'trainee',
  'niet',
  'zonder',
  'geen',
  'vraagt',
  // Who decides and how the question is framed — new, oneself, first, via, needed, rules that
  // apply, obliged — is said of any topic: "Welke kabel heb ik nodig?" shares "nodig" with an
  // entry, "Zijn we verplicht de nieuwsbrief te vertalen?" shares "verplicht", and neither is
  // about what that entry is about.
  'directeur',
  'nieuw',
  'zelf',
  'eerst',
  'via',
  'nodig',
  'zoals',
  'regels',
  'gelden',
  'geldt',
  'waarop',
  'verplicht',
  'opnieuw',
  'beslissen',
  'beslist',
  'principal',
  'new',
  'myself',
  'first',
  'needed',
  'rules',
  'apply',
  'required',
  'mandatory',
  'obliged',
  'decide',
  'decides',
  // Roles at school are people too: "Mag de intern begeleider zelf een logopedist inschakelen?"
  // names the IB'er every entry about her rights also names, not what is asked.
  'intern',
  'begeleider',
  'iber',
  'pabo',
  'concierge',
  'invaller',
  'vrijwilliger',
  'overblijfkracht',
  'substitute',
  'volunteer',
  'caretaker',
  // A person named by a role ("de vertrouwenspersoon", "de contactpersoon") is a person too.
  'persoon',
];

/** Only a question this short: a story says enough around its question to be matched by chance. */
const MAX_WORDS = 8;
/** The best entry matches less than this weight outside the people words: nothing of the topic. */
const MAX_TOPIC_WEIGHT = 1;
/** …while this share of the question's weight goes unmatched: that is what it is about. */
const MIN_UNMATCHED_SHARE = 0.2;

/**
 * Whether the best entry shares only people words with a short question while a good part of the
 * question goes unmatched.
 * @param peopleTerms The index terms of NON_TOPIC_WORDS (people, asking and framing words).
 * @example matchesOnlyPeople(paracetamolQuestionWords, rightsInspectionHit, peopleTerms) // true
 */
export function matchesOnlyPeople(
  queryWords: readonly QueryWord[],
  best: Hit,
  peopleTerms: ReadonlySet<string>,
): boolean {
  if (queryWords.length > MAX_WORDS) return false;
  const weights = weighAgainst(queryWords, best, (_word, matched) =>
    matched.some((term) => !peopleTerms.has(term)) ? 'topic' : 'neutral',
  );
  return (
    weights.topic < MAX_TOPIC_WEIGHT &&
    weights.unmatched > 0 &&
    weights.unmatched >= MIN_UNMATCHED_SHARE * weights.total
  );
}

/** How a question word the best entry matched counts: as what is asked, as the act, or as neither. */
type WordKind = 'topic' | 'act' | 'neutral';

/**
 * The question's weight split against the best entry: unmatched words, and matched ones by kind.
 */
function weighAgainst(
  queryWords: readonly QueryWord[],
  best: Hit,
  kindOf: (word: QueryWord, matched: string[]) => WordKind,
): Record<WordKind | 'unmatched' | 'total', number> {
  const weights = { topic: 0, act: 0, neutral: 0, unmatched: 0, total: 0 };
  for (const word of queryWords) {
    const matched = word.terms.filter((term) => (best.termCredit.get(term) ?? 0) > 0);
    weights.total += word.weight;
    weights[matched.length === 0 ? 'unmatched' : kindOf(word, matched)] += word.weight;
  }
  return weights;
}

/**
 * Generic acts the policy regulates only when done to personal data: consent, a complaint, a
 * report, keeping, sharing, asking for or handing in something. "Moet ik ouders om toestemming
 * vragen voor de excursie naar de moskee?" or "Hoe dien ik een klacht in over te weinig aandacht
 * van de juf?" names the act every consent or complaints entry also names, while its object (an
 * excursion, a teacher's attention) is no personal data.
 */
export const ACT_WORDS: readonly string[] = [
  'toestemming',
  'toestemmen',
  'goedkeuring',
  'klacht',
  'klachten',
  'klagen',
  'klachtenregeling',
  'procedure',
  'indienen',
  // "Hoe dien ik een klacht in?": the verb of "indienen" split off.
  'dien',
  'dient',
  'geven',
  'geef',
  'geeft',
  'melden',
  'melding',
  'bewaren',
  'delen',
  'vragen',
  'aanvragen',
  // Answering a request: "binnen welke termijn moet de MR reageren op een adviesaanvraag?".
  'reageren',
  'reageert',
  'consent',
  'permission',
  'approval',
  'complaint',
  'complain',
  'complaints',
  'procedures',
  'submit',
  'give',
  'gives',
  'report',
  'keep',
  'store',
  'share',
  'ask',
  'request',
  'respond',
];

/**
 * How someone feels about what happened says why they complain, not what about: "Een moeder is
 * boos dat …; hoe dient zij een klacht in?" Neutral next to an act, like the people words.
 */
export const FEELING_WORDS: readonly string[] = [
  'boos',
  'ontevreden',
  'teleurgesteld',
  'angry',
  'upset',
  'unhappy',
  'disappointed',
];

/**
 * How soon says when an act is due, not what it is about: "Moet ik dat melden, en binnen hoeveel
 * dagen?" names the time every entry about a deadline also names. Neutral next to an act.
 */
export const TIME_WORDS: readonly string[] = [
  'binnen',
  'uur',
  'uren',
  'dag',
  'dagen',
  'week',
  'weken',
  'hour',
  'hours',
  'day',
  'days',
  'weeks',
  'within',
  // A deadline says when, as "binnen" does: "binnen welke termijn".
  'termijn',
  'termijnen',
  'deadline',
  // "how many days": English keeps "many", where Dutch "hoeveel" is a stopword.
  'many',
];

/**
 * …while this share of its weight goes unmatched: the object, often one word ("de synagoge"),
 * next to an act said in several ("toestemming geven", "een klacht indienen").
 */
const MIN_OBJECT_SHARE = 0.15;
/** A number ("groep 7") says nothing about what a consent or complaint is about. */
const NUMBER = /^\d+$/u;

/**
 * Words for personal data itself, next to the lexicon's privacy words: a question naming one of
 * these asks about the data ("Mag ik de namen delen?"), whatever act it names.
 */
export const DATA_OBJECT_WORDS: readonly string[] = [
  'data',
  'gegevens',
  'bestand',
  'bestanden',
  'document',
  'documenten',
  'opname',
  'opnames',
  'film',
  'filmpje',
  'filmen',
  'beeld',
  'beelden',
  'naam',
  'namen',
  'lijst',
  'lijsten',
  'nummer',
  'nummers',
  'mail',
  'email',
  'mails',
  'bericht',
  'berichten',
  'app',
  'rapport',
  'verslag',
  'notities',
  'wachtwoord',
  'account',
  'file',
  'files',
  'recording',
  'photo',
  'photos',
  'picture',
  'pictures',
  'image',
  'images',
  'name',
  'names',
  'list',
  'record',
  'records',
  'details',
  'password',
  'message',
  'messages',
];

/**
 * Whether the question asks a generic act (ACT_WORDS) and the best entry shares no more than
 * people and that act with it, while a good part of it (the act's object) goes unmatched and
 * nothing in it names personal data: the consent, complaint or request is about something the
 * policy has no rule for.
 * @param peopleTerms The index terms of NON_TOPIC_WORDS and FEELING_WORDS.
 * @param actTerms The index terms of ACT_WORDS.
 * @param namesData Whether the question names personal data (a privacy word other than an act, or
 * one of DATA_OBJECT_WORDS).
 * @example matchesOnlyAct(excursionConsentWords, consentHit, peopleTerms, actTerms, false) // true
 */
export function matchesOnlyAct(
  queryWords: readonly QueryWord[],
  best: Hit,
  peopleTerms: ReadonlySet<string>,
  actTerms: ReadonlySet<string>,
  namesData: boolean,
): boolean {
  if (namesData) return false;
  const isNeutral = (term: string) => peopleTerms.has(term) || actTerms.has(term);
  // The act's own word, in any form ("dient … in" read as "indient").
  const isActWord = (word: QueryWord) => word.whole.some((term) => actTerms.has(term));
  const weights = weighAgainst(queryWords, best, (word, matched) => {
    if (isActWord(word)) return 'act';
    if (!NUMBER.test(word.word) && !matched.every(isNeutral)) return 'topic';
    return matched.some((term) => actTerms.has(term)) ? 'act' : 'neutral';
  });
  // "Can I give a pupil a paracetamol …": the act is asked even where the entry never names it.
  return (
    (weights.act > 0 || queryWords.some(isActWord)) &&
    weights.topic < MAX_TOPIC_WEIGHT &&
    weights.unmatched > 0 &&
    weights.unmatched >= MIN_OBJECT_SHARE * weights.total
  );
}
